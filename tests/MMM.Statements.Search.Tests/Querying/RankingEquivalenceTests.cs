using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Search.Tests.Querying;

/// <summary>
/// Our ranking path (BM25 over stored, cached postings) against BM25 recomputed by brute force from each statement's
/// stored text, analysed again here: the same statements, the same scores, the same top 10 in the same order
/// (score, then newest, then statement number) and the same totals — for the benchmark's 200 queries on a generated
/// corpus and for the sample corpus's known-item queries. Phrases are scored as one term (their weighted count where the
/// words follow each other, their own document frequency), recomputed here from the analysed text. Prefixes expand
/// through the vocabulary and are left out of the comparison.
/// </summary>
public sealed class RankingEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BenchmarkQueriesRankExactlyAsExhaustiveBm25()
    {
        var root = TestPaths.NewTempDirectory("mmm-equivalence");
        try
        {
            var gen = Process.Start(new ProcessStartInfo("python3")
            {
                ArgumentList = { Path.Combine(TestPaths.Shared, "bench", "corpus", "gen.py"), "--seed", "42", "--docs", "300", "--out", root, "--jobs", "1" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            await gen.WaitForExitAsync();
            Assert.True(gen.ExitCode == 0, await gen.StandardError.ReadToEndAsync());
            var index = Path.Combine(root, "index");
            await new StatementIndexer(new IndexerOptions { SourceDirectory = Path.Combine(root, "html"), IndexDirectory = index }).BuildAsync(full: true);
            var queries = File.ReadAllLines(Path.Combine(root, "queries.tsv"))
                .Select(l => l.Split('\t'))
                .Where(p => p.Length == 2 && p[0] is not "prefix")
                .Select(p => p[1])
                .ToList();

            var compared = Compare(index, queries, topTen: true);

            output.WriteLine($"{compared} of {queries.Count} benchmark queries compared, {snippets} snippets");
            Assert.True(snippets >= 500, $"only {snippets} snippets compared");
            Assert.True(compared >= 150, $"only {compared} queries could be compared");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task SampleCorpusQueriesScoreExactlyAsExhaustiveBm25()
    {
        var root = TestPaths.NewTempDirectory("mmm-equivalence-sample");
        try
        {
            await new StatementIndexer(new IndexerOptions { SourceDirectory = TestPaths.Statements, IndexDirectory = root }).BuildAsync(full: true);
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "queries.json")));
            var queries = json.RootElement.EnumerateArray().Select(q => q.GetProperty("query").GetString()!)
                .Where(q => !UnSymbol.TryParse(q, out _)).ToList();

            var compared = Compare(root, queries, topTen: false);

            Assert.True(compared >= queries.Count / 2, $"only {compared} of {queries.Count} queries could be compared");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private int snippets;

    /// <summary>A statement's snippets from its pages analysed again: each analysed position a place, matched by any of its forms.</summary>
    private static IReadOnlyList<Snippet> AnalysedSnippets(SqliteConnection connection, IndexGeneration generation, int doc, IReadOnlySet<string> terms)
    {
        var analyzer = TextAnalyzer.For(generation.Fields.Languages[doc]);
        var pages = new List<SnippetBuilder.PagePlaces>();
        var texts = new Dictionary<(int, int), string>();
        var hits = new List<(int, string)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.file, p.page, f.format, p.text FROM pages p JOIN files f ON f.statement = p.statement AND f.number = p.file WHERE p.statement = $d ORDER BY p.file, p.page";
        command.Parameters.AddWithValue("$d", doc);
        using var reader = command.ExecuteReader();
        var first = 0;
        while (reader.Read())
        {
            var text = PageText.Read(reader, 3);
            var places = analyzer.Analyze(text).GroupBy(t => t.Position).ToList();
            if (places.Count == 0)
            {
                continue;
            }
            for (var i = 0; i < places.Count; i++)
            {
                hits.AddRange(places[i].Where(t => terms.Contains(t.Term)).Select(t => (first + i, t.Term)));
            }
            var page = new SnippetBuilder.PagePlaces(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2) == "Pdf", first,
                places.Select(p => p.First().Start).ToArray(), places.Select(p => p.First().End).ToArray());
            pages.Add(page);
            texts[(page.File, page.Page)] = text;
            first += places.Count;
        }
        return SnippetBuilder.Build(pages, hits, p => texts[(p.File, p.Page)]);
    }

    /// <summary>Compares every query it can; returns how many. With <paramref name="topTen"/>, also the site's top 10.</summary>
    private int Compare(string indexDirectory, IReadOnlyList<string> queries, bool topTen)
    {
        using var index = new StatementIndex(indexDirectory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        using var lease = index.Acquire()!;
        var generation = lease.Generation;
        using var connection = generation.OpenConnection();
        var corpus = BruteForce.Load(connection, generation.Count);
        var compared = 0;
        foreach (var query in queries)
        {
            var all = query.Contains(" AND ", StringComparison.Ordinal);
            var isPhrase = query.Length > 2 && query[0] == '"' && query[^1] == '"' && query.Count(c => c == '"') == 2;
            var words = isPhrase ? [query[1..^1]] : query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "AND").ToList();
            if (words.Count == 0 || (!isPhrase && words.Any(w => w.IndexOfAny(['"', '*', ':', '(', ')', '~']) >= 0)))
            {
                continue;
            }
            var expected = corpus.Score(words, all);
            var root = QueryParser.Parse(query).Root!;
            if (!all && root is AndNode and)
            {
                root = new OrNode(and.Children);
            }
            var evaluator = new QueryEvaluator(generation, connection);
            var actual = evaluator.Evaluate(root);

            Assert.True(expected.Keys.Order().SequenceEqual(actual.Docs), $"'{query}': {expected.Count} statements by brute force, {actual.Count} by postings");
            for (var i = 0; i < actual.Count; i++)
            {
                var want = expected[actual.Docs[i]];
                Assert.True(Math.Abs(want - actual.Scores[i]) <= 1e-4 * Math.Max(1, Math.Abs(want)),
                    $"'{query}': statement {actual.Docs[i]} scored {actual.Scores[i]}, brute force {want}");
            }
            // Snippets from the stored places and positions are those the analysis of the page text gives.
            var reader = new SnippetReader(generation, connection, evaluator.HighlightTerms);
            foreach (var doc in actual.Docs.Zip(actual.Scores).OrderByDescending(d => d.Second).Take(5).Select(d => d.First))
            {
                var stored = reader.Read(doc);
                var analysed = AnalysedSnippets(connection, generation, doc, evaluator.HighlightTerms);
                Assert.Equal(analysed, stored);
                snippets += stored.Count;
            }
            if (topTen)
            {
                var dates = generation.Fields.Dates;
                var expectedTop = expected
                    .OrderByDescending(e => (float)e.Value).ThenByDescending(e => dates[e.Key]?.DayNumber ?? -1).ThenBy(e => e.Key)
                    .Take(10).Select(e => generation.Fields.Ids[e.Key]).ToList();
                var result = index.Search(new SearchRequest { Query = query, AnyWord = true, Facets = false, Snippets = false, Size = 10 });
                if (expected.Count >= 10)
                {
                    Assert.Equal(expectedTop, result.Hits.Select(h => h.Id).ToList());
                }
                Assert.True(result.Total >= expected.Count, $"'{query}': total {result.Total} < {expected.Count}");
            }
            compared++;
        }
        return compared;
    }

    /// <summary>BM25 computed the slow, obvious way from the stored title, pages and metadata of every statement.</summary>
    private sealed class BruteForce
    {
        private readonly List<(int Doc, string Language, Dictionary<string, int> Frequencies, int Length)> _docs = [];
        private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
        // Per statement, the words of each column (title, text, meta) in the one form per place that phrases see.
        private readonly Dictionary<int, List<string>[]> _columns = [];
        private readonly Dictionary<string, int> _phraseDf = new(StringComparer.Ordinal);
        private double _average;

        public static BruteForce Load(SqliteConnection connection, int count)
        {
            var result = new BruteForce();
            var pages = new Dictionary<int, List<string>>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT statement, text FROM pages ORDER BY statement, file, page";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var doc = reader.GetInt32(0);
                    if (!pages.TryGetValue(doc, out var list))
                    {
                        pages[doc] = list = [];
                    }
                    list.Add(PageText.Read(reader, 1));
                }
            }
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT rowid, title, language, body, session, symbol FROM statements ORDER BY rowid";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var doc = reader.GetInt32(0);
                    var language = reader.GetString(2);
                    var analyzer = TextAnalyzer.For(language);
                    var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
                    var length = 0;
                    List<string>[] columns = [[], [], []];
                    void Add(string text, int weight, List<string> column)
                    {
                        var tokens = analyzer.Analyze(text);
                        for (var i = 0; i < tokens.Count; i++)
                        {
                            var token = tokens[i];
                            frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
                            if (i == 0 || tokens[i - 1].Position != token.Position)
                            {
                                length += weight;
                            }
                            if (i + 1 == tokens.Count || tokens[i + 1].Position != token.Position)
                            {
                                column.Add(token.Term);
                            }
                        }
                    }
                    foreach (var page in pages.GetValueOrDefault(doc) ?? [])
                    {
                        Add(page, 1, columns[1]);
                    }
                    Add(reader.GetString(1), 3, columns[0]);
                    var tags = new StatementTags
                    {
                        Body = reader.IsDBNull(3) ? null : reader.GetString(3),
                        Session = UnSession.TryParse(reader.IsDBNull(4) ? null : reader.GetString(4), out var s) ? s : null,
                        Symbol = reader.IsDBNull(5) ? null : reader.GetString(5),
                    };
                    foreach (var term in IndexWriter.MetaTerms(tags).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        frequencies[term] = frequencies.GetValueOrDefault(term) + 2;
                        length += 2;
                        columns[2].Add(term);
                    }
                    result._columns[doc] = columns;
                    foreach (var term in frequencies.Keys)
                    {
                        result._df[term] = result._df.GetValueOrDefault(term) + 1;
                    }
                    result._docs.Add((doc, language, frequencies, length));
                }
            }
            Assert.Equal(count, result._docs.Count);
            result._average = Math.Max(1, result._docs.Average(d => (double)d.Length));
            return result;
        }

        /// <summary>
        /// Statement → score for the words (all of them with <paramref name="all"/>, else any). A word the analysis reads
        /// as several places (a phrase, or <c>peut-être</c>) is a phrase of the last form of each place.
        /// </summary>
        public Dictionary<int, double> Score(IReadOnlyList<string> words, bool all)
        {
            var scores = new Dictionary<int, double>();
            foreach (var (doc, language, frequencies, length) in _docs)
            {
                var analyzer = TextAnalyzer.For(language);
                double total = 0;
                var matched = 0;
                var counted = 0;
                foreach (var word in words)
                {
                    var tokens = analyzer.Analyze(word);
                    if (tokens.Count == 0)
                    {
                        continue;
                    }
                    counted++;
                    var places = tokens.GroupBy(t => t.Position).Select(g => g.Last().Term).ToList();
                    if (places.Count > 1)
                    {
                        var tf = PhraseFrequency(doc, places);
                        if (tf > 0)
                        {
                            total += Bm25(tf, PhraseDf(places), length);
                            matched++;
                        }
                        continue;
                    }
                    var best = tokens.Select(t => t.Term).Distinct()
                        .Where(frequencies.ContainsKey)
                        .Select(term => Bm25(frequencies[term], _df[term], length))
                        .DefaultIfEmpty(double.NaN).Max();
                    if (!double.IsNaN(best))
                    {
                        total += best;
                        matched++;
                    }
                }
                if (matched > 0 && (!all || matched == counted))
                {
                    scores[doc] = total;
                }
            }
            return scores;
        }

        /// <summary>Where the words follow each other within one column, each time counted with the column's weight.</summary>
        private int PhraseFrequency(int doc, List<string> phrase)
        {
            int[] weights = [3, 1, 2];
            var tf = 0;
            var columns = _columns[doc];
            for (var c = 0; c < columns.Length; c++)
            {
                var words = columns[c];
                for (var i = 0; i + phrase.Count <= words.Count; i++)
                {
                    if (phrase.Select((w, k) => words[i + k] == w).All(x => x))
                    {
                        tf += weights[c];
                    }
                }
            }
            return tf;
        }

        private int PhraseDf(List<string> phrase)
        {
            var key = string.Join('\u0001', phrase);
            if (!_phraseDf.TryGetValue(key, out var df))
            {
                _phraseDf[key] = df = _docs.Count(d => PhraseFrequency(d.Doc, phrase) > 0);
            }
            return df;
        }

        private double Bm25(int tf, int df, int length)
        {
            const double k1 = 1.2, b = 0.75;
            var idf = Math.Log(1 + (_docs.Count - df + 0.5) / (df + 0.5));
            return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / _average));
        }
    }
}

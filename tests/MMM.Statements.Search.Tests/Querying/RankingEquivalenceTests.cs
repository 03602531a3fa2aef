using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Querying;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Search.Tests.Querying;

/// <summary>
/// Our ranking path (BM25 over stored, cached postings) against BM25 recomputed by brute force from each statement's
/// stored text, analysed again here: the same statements, the same scores, the same top 10 in the same order
/// (score, then newest, then statement number) and the same totals — for the benchmark's 200 queries on a generated
/// corpus and for the sample corpus's known-item queries. Phrases and prefixes are answered through FTS5 and the
/// vocabulary and are left out of the comparison.
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
                .Where(p => p.Length == 2 && p[0] is not ("phrase" or "prefix"))
                .Select(p => p[1])
                .ToList();

            var compared = Compare(index, queries, topTen: true);

            output.WriteLine($"{compared} of {queries.Count} benchmark queries compared");
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
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "AND").ToList();
            var all = query.Contains(" AND ", StringComparison.Ordinal);
            if (words.Count == 0 || words.Any(w => w.IndexOfAny(['"', '*', ':', '(', ')', '-', '~']) >= 0))
            {
                continue;
            }
            var expected = corpus.Score(words, all);
            if (expected is null)
            {
                continue;
            }
            var root = QueryParser.Parse(query).Root!;
            if (!all && root is AndNode and)
            {
                root = new OrNode(and.Children);
            }
            var actual = new QueryEvaluator(generation, connection).Evaluate(root);

            Assert.True(expected.Keys.Order().SequenceEqual(actual.Docs), $"'{query}': {expected.Count} statements by brute force, {actual.Count} by postings");
            for (var i = 0; i < actual.Count; i++)
            {
                var want = expected[actual.Docs[i]];
                Assert.True(Math.Abs(want - actual.Scores[i]) <= 1e-4 * Math.Max(1, Math.Abs(want)),
                    $"'{query}': statement {actual.Docs[i]} scored {actual.Scores[i]}, brute force {want}");
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
                    void Add(string text, int weight)
                    {
                        var last = -1;
                        foreach (var token in analyzer.Analyze(text))
                        {
                            frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
                            if (token.Position != last)
                            {
                                length += weight;
                            }
                            last = token.Position;
                        }
                    }
                    foreach (var page in pages.GetValueOrDefault(doc) ?? [])
                    {
                        Add(page, 1);
                    }
                    Add(reader.GetString(1), 3);
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
                    }
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

        /// <summary>Statement → score for the words (all of them with <paramref name="all"/>, else any); null when a word is a phrase.</summary>
        public Dictionary<int, double>? Score(IReadOnlyList<string> words, bool all)
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
                    if (tokens.Select(t => t.Position).Distinct().Count() > 1)
                    {
                        return null;
                    }
                    if (tokens.Count == 0)
                    {
                        continue;
                    }
                    counted++;
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

        private double Bm25(int tf, int df, int length)
        {
            const double k1 = 1.2, b = 0.75;
            var idf = Math.Log(1 + (_docs.Count - df + 0.5) / (df + 0.5));
            return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / _average));
        }
    }
}

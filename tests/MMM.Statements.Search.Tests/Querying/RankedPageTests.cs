using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Querying;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Search.Tests.Querying;

/// <summary>
/// A search by relevance with no facet filter takes its best matches in rank order, stops once the page is settled,
/// and counts its total and facets on bitmaps (<see cref="Ranking.Top"/>). Whatever path answers, the user sees the
/// same thing: these tests ask every query of an index that ranks in order and of one where every search visits every
/// match, and compare pages, scores, snippets, totals, facet counts and notices, on a corpus made to be hard for it:
/// three languages, language versions grouped across them, identical texts (equal scores, ordered by date then
/// number), undated statements, words that are topic terms (whose other-language matches rank below) and pages deep
/// enough to pass many versions over.
/// </summary>
public sealed class RankedPageTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["fr"] = ["mères", "soins", "travail", "protection", "sociale", "pauvreté", "éducation", "filles", "santé", "famille", "congé",
            "parental", "numérique", "migration", "retraite", "égalité", "enfants", "droits", "femmes", "politique"],
        ["en"] = ["mothers", "care", "work", "protection", "social", "poverty", "education", "girls", "health", "family", "leave",
            "parental", "digital", "migration", "pension", "equality", "children", "rights", "women", "policy"],
        ["es"] = ["madres", "cuidados", "trabajo", "protección", "social", "pobreza", "educación", "niñas", "salud", "familia", "licencia",
            "parental", "digital", "migración", "pensión", "igualdad", "niños", "derechos", "mujeres", "política"],
    };

    private static readonly Dictionary<string, string> TopicPhrase = new()
    {
        ["fr"] = "soins non rémunérés",
        ["en"] = "unpaid care",
        ["es"] = "cuidados no remunerados",
    };

    [Fact]
    public void APageWithoutFacetsIsThePageEveryMatchGives()
    {
        using var index = TestIndex.Create(Corpus(seed: 7, count: 600));
        using var statements = index.Open();
        using var exhaustive = new StatementIndex(index.Directory, Exhaustive);
        var queries = Words.Values.SelectMany(w => w).Distinct()
            .Concat(Words.Values.SelectMany(w => w.Zip(w.Skip(1), (a, b) => $"\"{a} {b}\"")))
            .Concat(["mèr*", "soin*", "educ*", "pover*", "travai~1", "pobresa~1", "\"protection sociale\"", "\"unpaid care\"", "le", "the",
                "pauvreté éducation", "care OR health", "mères -santé", "zzzz", "numérique", "pauvreté", "jusqu'à",
                "mères AND soins", "mothers care", "soin* AND famille", "care OR mothers OR health", "madres OR cuidados OR salud",
                "travail sociale protection", "le travail", "mères zzzz", "éducation AND \"protection sociale\"", "droits OR femmes OR enfants OR politique"])
            .ToList();

        var ranked = Compare(statements, exhaustive, queries, [(1, 10), (2, 10), (3, 7), (1, 1), (9, 50)]);

        output.WriteLine($"{queries.Count} queries, {ranked} of them answered in rank order");
        // Most single words, prefixes and fuzzy words take the ranked path; if none did, nothing above was compared.
        Assert.True(ranked >= queries.Count / 2, $"only {ranked} of {queries.Count} queries were answered in rank order");
        // Words, prefixes, and words in OR or AND: each kind was compared on the ranked path, not only on the exhaustive one.
        Assert.All(["soins", "mèr*", "travai~1", "care OR health", "mères AND soins", "mothers care", "madres OR cuidados OR salud"],
            query => Assert.True(AnsweredInRankOrder(statements, query, 10), $"'{query}' was not answered in rank order"));
    }

    [Fact]
    public async Task TheSampleCorpusPagesAreTheSameEitherWay()
    {
        var directory = TestPaths.NewTempDirectory("mmm-ranked-sample");
        try
        {
            await new StatementIndexer(new IndexerOptions { SourceDirectory = TestPaths.Statements, IndexDirectory = directory }).BuildAsync(full: true);
            using var statements = new StatementIndex(directory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
            using var exhaustive = new StatementIndex(directory, Exhaustive);
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "queries.json")));
            var queries = json.RootElement.EnumerateArray().Select(q => q.GetProperty("query").GetString()!)
                .Concat(["mères", "care", "cuidados", "soin*", "pauvreté", "éducation", "migration", "numérique"]).ToList();

            var ranked = Compare(statements, exhaustive, queries, [(1, 10), (2, 5), (1, 1)]);

            Assert.True(ranked >= 8, $"only {ranked} of {queries.Count} queries were answered in rank order");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Every generation's searches visit every match: the reference the ranked path is compared with.</summary>
    private static readonly StatementIndexOptions Exhaustive = new() { QueryTimeout = TimeSpan.FromMinutes(1), RankInOrder = false };

    /// <summary>
    /// Every query, at every page and size, with facets and without, reading any word or all: the same page, scores,
    /// snippets, total, facet counts, notices and suggestion from both indexes. Returns how many queries took the
    /// ranked path.
    /// </summary>
    private static int Compare(StatementIndex statements, StatementIndex exhaustive, IReadOnlyList<string> queries, IReadOnlyList<(int Page, int Size)> pages)
    {
        var ranked = 0;
        foreach (var query in queries)
        {
            foreach (var ((page, size), anyWord, facets) in pages.SelectMany(p => new[] { (p, false, true), (p, true, true), (p, false, false) }))
            {
                var request = new SearchRequest { Query = query, Page = page, Size = size, Snippets = true, AnyWord = anyWord, Facets = facets };
                var inOrder = statements.Search(request);
                var everyMatch = exhaustive.Search(request);
                var what = $"'{query}'{(anyWord ? " (any word)" : "")} page {page} of {size}";
                Assert.Equal(everyMatch.Total, inOrder.Total);
                var (want, got) = (Describe(everyMatch), Describe(inOrder));
                var differs = Enumerable.Range(0, Math.Max(want.Count, got.Count)).FirstOrDefault(i => want.ElementAtOrDefault(i) != got.ElementAtOrDefault(i), -1);
                Assert.True(differs < 0, $"{what}, hit {differs + 1}: every match gives\n{want.ElementAtOrDefault(differs)}\nin rank order gives\n{got.ElementAtOrDefault(differs)}");
                Assert.Equal(Counts(everyMatch), Counts(inOrder));
                Assert.Equal(everyMatch.Notices, inOrder.Notices);
                Assert.Equal(everyMatch.Suggestion, inOrder.Suggestion);
                Assert.True(facets == everyMatch.Facets.Count > 0, $"{what}: facets asked {facets}, {everyMatch.Facets.Count} given");
            }
            if (AnsweredInRankOrder(statements, query, 1))
            {
                ranked++;
            }
        }
        return ranked;
    }

    private static List<string> Counts(SearchResult result) =>
        result.Facets.SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}{(v.Selected ? "*" : "")}")).ToList();

    private static List<string> Describe(SearchResult result) =>
        result.Hits.Select(h => $"{h.Id} {h.Score} {string.Join(" | ", h.Snippets.Select(s => s.Html))}").ToList();

    /// <summary>Whether the first page of <paramref name="query"/> can come from <see cref="Ranking.Top"/>, as the search takes it.</summary>
    private static bool AnsweredInRankOrder(StatementIndex statements, string query, int size)
    {
        using var lease = statements.Acquire()!;
        using var connection = lease.Generation.OpenConnection();
        var evaluator = new QueryEvaluator(lease.Generation, connection);
        return QueryParser.Parse(query).Root is { } root && QueryEvaluator.IsText(root)
            && evaluator.ReadingsOf(root)?.Ranked is { } readings
            && Ranking.Top(lease.Generation, readings, CrossLanguage.Expansion(lease.Generation, evaluator, new StatementIndexOptions().Taxonomy, root), size, facets: false) is not null;
    }

    /// <summary>
    /// Statements in three languages from a small vocabulary (so that words are common and scores often equal): a
    /// fifth repeat an earlier text word for word, a third join an earlier statement's group of language versions, some
    /// are undated, some carry a topic's terms, and some quote two words of another language.
    /// </summary>
    private static List<StatementRecord> Corpus(int seed, int count)
    {
        var random = new Random(seed);
        var languages = new[] { "fr", "en", "es" };
        var made = new List<(string Language, string Text, string? Group)>();
        var statements = new List<StatementRecord>();
        for (var n = 0; n < count; n++)
        {
            var language = languages[random.Next(languages.Length)];
            var earlier = made.Where(m => m.Language == language).ToList();
            string text;
            if (earlier.Count > 0 && random.Next(5) == 0)
            {
                text = earlier[random.Next(earlier.Count)].Text;
            }
            else
            {
                var words = Enumerable.Range(0, random.Next(3, 25)).Select(_ => Words[language][random.Next(Words[language].Length)]);
                text = string.Join(' ', words) + (random.Next(4) == 0 ? " " + TopicPhrase[language] : "") + ".";
                if (random.Next(4) == 0)
                {
                    // Words quoted from another language, as statements do ("la « social protection » de l'OIT").
                    var quoted = Words[languages[random.Next(languages.Length)]];
                    var at = random.Next(quoted.Length - 1);
                    text += " « " + quoted[at] + " " + quoted[at + 1] + " ».";
                }
            }
            string? group = null;
            if (made.Count > 0 && random.Next(3) == 0)
            {
                var other = random.Next(made.Count);
                group = made[other].Group ?? "group-" + other;
                if (made[other].Group is null)
                {
                    made[other] = made[other] with { Group = group };
                    statements[other] = statements[other] with { VersionGroup = group };
                }
            }
            made.Add((language, text, group));
            var date = random.Next(6) == 0 ? null : new DateOnly(2015, 1, 1).AddDays(random.Next(40) * 30).ToString("yyyy-MM-dd");
            statements.Add(TestIndex.Statement($"s{n:D4}", $"Déclaration {n}", text, language: language, date: date, group: group));
        }
        return statements;
    }
}

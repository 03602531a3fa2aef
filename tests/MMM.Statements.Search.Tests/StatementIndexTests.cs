using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Search.Tests;

public sealed class StatementIndexTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(TestIndex.Sample());
    private readonly StatementIndex _search;

    public StatementIndexTests() => _search = _index.Open();

    public void Dispose()
    {
        _search.Dispose();
        _index.Dispose();
    }

    private SearchResult Search(string query, params (string Facet, string Value)[] filters) => _search.Search(new SearchRequest
    {
        Query = query,
        Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList()),
    });

    private static List<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void FindsAStatementByAWordOfItsText()
    {
        var result = Search("fracture");

        Assert.Equal(["csocd64-digital"], Ids(result));
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void AccentlessQueryFindsAccentedText()
    {
        Assert.Contains("csocd61-care", Ids(Search("remuneres")));
        Assert.Contains("csocd61-care", Ids(Search("RÉMUNÉRÉS")));
    }

    [Fact]
    public void AllWordsMustMatchByDefault()
    {
        var both = Search("mères fracture");
        Assert.Equal(["csocd64-digital"], Ids(both));
        Assert.DoesNotContain(SearchNotice.FellBackToAnyWord, both.Notices);

        var result = Search("fracture pauvreté");
        Assert.Contains(SearchNotice.FellBackToAnyWord, result.Notices);
        Assert.Contains("csocd64-digital", Ids(result));
        // The CSW68 statement, through its French version's own word or its English version's "poverty".
        Assert.Contains(result.Hits, h => h.Id == "csw68-fr" || h.Versions.Any(v => v.Id == "csw68-fr"));
    }

    [Fact]
    public void OrAndNotFollowLuceneSyntax()
    {
        Assert.Equal(2, Search("fracture OR pauvreté").Total);
        Assert.DoesNotContain("csocd64-digital", Ids(Search("mères -numérique")));
        Assert.DoesNotContain("csocd64-digital", Ids(Search("mères NOT numérique")));
        Assert.Contains("csocd64-digital", Ids(Search("mères AND numérique")));
    }

    [Fact]
    public void PhraseRequiresWordsInOrder()
    {
        Assert.Contains("csocd64-digital", Ids(Search("\"fracture numérique\"")));
        Assert.DoesNotContain("csocd64-digital", Ids(Search("\"numérique fracture\"")));
    }

    [Fact]
    public void FieldQueriesRestrictToTheirField()
    {
        Assert.Equal(["hrc55-health"], Ids(Search("title:santé")));
        Assert.Equal(["hrc55-health"], Ids(Search("body:HRC")));
        Assert.All(Search("session:\"CSocD 61\"").Hits, h => Assert.Equal("CSocD61", h.Session));
        Assert.Equal(2, Search("year:[2025 TO 2026]").Total);
        Assert.Contains("csocd64-digital", Ids(Search("topic:digital")));
    }

    [Fact]
    public void AccentedAndUnaccentedPrefixesFindTheSameStatements()
    {
        var accented = Ids(Search("numéri*"));
        var plain = Ids(Search("numeri*"));

        Assert.Contains("csocd64-digital", accented);
        Assert.Equal(accented.Order(), plain.Order());
    }

    [Fact]
    public void FuzzyTermToleratesATypo()
    {
        Assert.Contains("csocd64-digital", Ids(Search("fractrue~")));
    }

    [Fact]
    public void SymbolQueryResolvesToItsStatementWhateverTheSpacingAndCase()
    {
        var result = Search("e/cn.6 /2024/ngo/108");

        Assert.Equal("csw68-fr", result.ResolvedId);
        Assert.Contains(SearchNotice.SymbolResolved, result.Notices);
        Assert.Equal("csw68-fr", _search.ResolveSymbol("E/CN.6/2024/NGO/108/Rev.1"));
    }

    [Fact]
    public void CitesFindsTheStatementsThatCiteASymbol()
    {
        var result = Search("cites:E/CN.6/2024/3");

        Assert.Equal(["csw68-fr"], Ids(result));
    }

    [Fact]
    public void LanguageVersionsShowAsOneHitListingTheOthers()
    {
        var result = Search("poverty OR pauvreté");

        Assert.True(result.Hits.Count == 1, string.Join(", ", result.Hits.Select(h => $"{h.Id} {h.Score}")));
        var hit = result.Hits[0];
        Assert.Single(hit.Versions);
        Assert.NotEqual(hit.Id, hit.Versions[0].Id);
    }

    [Fact]
    public void SelectingASessionKeepsTheOtherSessionsCounts()
    {
        var unfiltered = Search("");
        var filtered = Search("", ("session", "CSocD64"));

        var before = unfiltered.Facets["session"].ToDictionary(v => v.Value, v => v.Count);
        var after = filtered.Facets["session"].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(before, after);
        Assert.True(filtered.Facets["session"].Single(v => v.Value == "CSocD64").Selected);
        Assert.Equal(["csocd64-digital"], Ids(filtered));
        // Other facets count only what the selection leaves.
        Assert.Equal(1, filtered.Facets["body"].Single(v => v.Value == "CSocD").Count);
        Assert.DoesNotContain(filtered.Facets["body"], v => v.Value == "HRC");
    }

    [Fact]
    public void ValuesOfOneFacetCombineWithOrAndFacetsWithAnd()
    {
        var result = Search("", ("session", "CSocD61"), ("session", "HRC55"), ("language", "fr"));

        Assert.Equal(["csocd61-care", "hrc55-health"], Ids(result).Order());
        Assert.Empty(Search("", ("session", "CSocD61"), ("language", "en")).Hits);
    }

    [Fact]
    public void EmptyQueryListsNewestFirst()
    {
        var result = Search("   ");

        Assert.Contains(SearchNotice.EmptyQuery, result.Notices);
        Assert.Equal("csocd64-digital", result.Hits[0].Id);
        Assert.Equal(6, result.Total); // seven statements, two of them language versions of one
    }

    [Fact]
    public void SnippetsMarkMatchedWordsAndEncodeTheRest()
    {
        var hit = Search("congé").Hits.Single();

        Assert.All(hit.Snippets, s => Assert.Contains("<mark>congé</mark>", s.Html));
        Assert.Contains(hit.Snippets, s => s.Page == 2);
        var other = Search("plaidoyer").Hits.Single();
        var html = string.Concat(other.Snippets.Select(s => s.Html));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void DidYouMeanOffersAnIndexedSpelling()
    {
        var result = Search("fractrue");

        Assert.Empty(result.Hits);
        Assert.Equal("fracture", result.Suggestion);
    }

    [Fact]
    public void SortByDateOrdersNewestAndOldest()
    {
        var newest = _search.Search(new SearchRequest { Query = "mères", Sort = SearchSort.Newest });
        var oldest = _search.Search(new SearchRequest { Query = "mères", Sort = SearchSort.Oldest });

        Assert.Equal(newest.Hits.Select(h => h.Date).OrderDescending(), newest.Hits.Select(h => h.Date));
        Assert.Equal(oldest.Hits.Select(h => h.Date).Order(), oldest.Hits.Select(h => h.Date));
    }

    [Fact]
    public void GetReturnsTheStatementWithItsCitationsFilesAndRelated()
    {
        var details = _search.Get("csw68-fr")!;

        Assert.Equal(["A/RES/70/1", "E/CN.6/2024/3"], details.CitedSymbols);
        Assert.Single(details.Files);
        Assert.Equal("csw68-en", Assert.Single(details.Summary.Versions).Id);
        Assert.DoesNotContain(details.Related, r => r.Id == "csw68-en");
        Assert.Null(_search.Get("no-such-statement"));
    }

    [Fact]
    public void VerifyPassesOnAFreshIndex()
    {
        Assert.Empty(_search.Verify());
        Assert.Equal(7, _search.Info!.Statements);
    }

    [Fact]
    public void AutocompleteCompletesTheLastWordInTheContextOfTheOthersAndKeepsThem()
    {
        var suggestions = _search.Suggest("soins non rém");

        Assert.Contains("soins non rémunérés", suggestions);
        Assert.All(suggestions, s => Assert.StartsWith("soins non ", s, StringComparison.Ordinal));
        // "numérique" is a word of the index, but no statement holding "congé" holds it: nothing to offer.
        Assert.Contains("numérique", _search.Suggest("num"));
        Assert.Empty(_search.Suggest("congé num"));
    }
}

public sealed class QueryDeadlineTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(TestIndex.Sample());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void AQueryPastItsDeadlineStopsAndSaysSo()
    {
        using var search = new StatementIndex(_index.Directory, new StatementIndexOptions { QueryTimeout = TimeSpan.Zero });

        var result = search.Search(new SearchRequest { Query = "\"travail de soin\" OR congé*" });

        Assert.Contains(SearchNotice.TimedOut, result.Notices);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void TheSameQueryWithinItsDeadlineAnswers()
    {
        using var search = new StatementIndex(_index.Directory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });

        var result = search.Search(new SearchRequest { Query = "\"travail de soin\" OR congé*" });

        Assert.DoesNotContain(SearchNotice.TimedOut, result.Notices);
        Assert.NotEmpty(result.Hits);
    }
}

public sealed class StopWordQueryTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(TestIndex.Sample());

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("le la les")]
    [InlineData("de la")]
    public void AQueryOfOnlyStopWordsListsTheNewestStatementsAndSaysWhy(string query)
    {
        using var search = _index.Open();

        var result = search.Search(new SearchRequest { Query = query });

        Assert.Contains(SearchNotice.EmptyQuery, result.Notices);
        Assert.Equal("csocd64-digital", result.Hits[0].Id);
    }
}

public sealed class PhraseTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(
    [
        TestIndex.Statement("genres", "Égalité", "Nous défendons l’égalité des genres et l’égalité des chances dans le travail.", date: "2024-01-01"),
        TestIndex.Statement("other", "Autre", "Les genres littéraires et l’égalité devant la loi.", date: "2024-01-02"),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("\"égalité des genres\"")]
    [InlineData("\"egalite des genres\"")]
    [InlineData("\"ÉGALITÉ DES GENRES\"")]
    public void APhraseWithAccentedWordsMatchesWithOrWithoutAccents(string query)
    {
        using var search = _index.Open();

        var result = search.Search(new SearchRequest { Query = query });

        Assert.Equal(["genres"], result.Hits.Select(h => h.Id));
    }
}

public sealed class DamagedIndexTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(TestIndex.Sample());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void ADamagedIndexIsNotServedAndANewBuildServesAgain()
    {
        // Garbage written into the middle of the largest index file, the damage a failing disk sector leaves.
        var largest = new DirectoryInfo(_index.Directory).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => f.Length).First();
        using (var file = new FileStream(largest.FullName, FileMode.Open, FileAccess.Write))
        {
            var garbage = new byte[Math.Min(4096, (int)file.Length / 2)];
            new Random(3).NextBytes(garbage);
            file.Position = file.Length / 4;
            file.Write(garbage);
        }

        using var search = new StatementIndex(_index.Directory, new StatementIndexOptions { RefreshInterval = TimeSpan.Zero });
        Assert.Null(search.Info);
        Assert.Contains("cannot be read", search.Problem);
        Assert.Throws<IndexUnavailableException>(() => search.Search(new SearchRequest { Query = "mères" }));
        Assert.NotEmpty(search.Verify());

        _index.Publish(TestIndex.Sample());

        Assert.True(search.Refresh());
        Assert.Contains("csocd64-digital", search.Search(new SearchRequest { Query = "fracture" }).Hits.Select(h => h.Id));
        Assert.Empty(search.Verify());
    }
}

/// <summary>A page of megabytes without a space (a hostile or broken file) never makes a snippet of megabytes.</summary>
public sealed class SnippetSizeTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(
    [
        TestIndex.Statement("huge", "Une page sans espaces", "", pages:
        [
            "La fracture numérique " + new string('x', 10_000_000) + " fracture",
            "fracture" + new string('y', 3_000_000) + "fracture",
        ]),
        .. TestIndex.Sample(),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void EverySnippetIsBoundedWhateverThePageLength()
    {
        using var search = _index.Open();
        var hit = Assert.Single(search.Search(new SearchRequest { Query = "fracture" }).Hits, h => h.Id == "huge");

        Assert.NotEmpty(hit.Snippets);
        Assert.True(hit.Snippets.Count <= Snippets.SnippetMaker.MaxSnippets);
        // A passage is cut to its limit; marks and entities add a little around it.
        Assert.All(hit.Snippets, s => Assert.True(s.Html.Length <= 2 * Snippets.SnippetMaker.MaxPassageChars, $"a snippet of {s.Html.Length} characters"));
        Assert.Contains(hit.Snippets, s => s.Html.Contains("<mark>fracture</mark>", StringComparison.Ordinal));
    }
}

/// <summary>A record too long for binary doc values (a title of 40,000 characters) is kept whole all the same.</summary>
public sealed class LongRecordTests : IDisposable
{
    private static readonly string LongTitle = "Déclaration " + string.Concat(Enumerable.Repeat("très longue ", 3_400));

    private readonly TestIndex _index = TestIndex.Create(
    [
        TestIndex.Statement("long-title", LongTitle, "Une déclaration sur la fracture numérique."),
        .. TestIndex.Sample(),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void AStatementWhoseRecordIsTooLongForDocValuesIsFoundAndShownWhole()
    {
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(LongTitle) > Mapping.StatementFields.MaxRecordBytes);
        using var search = _index.Open();

        var hit = Assert.Single(search.Search(new SearchRequest { Query = "fracture" }).Hits, h => h.Id == "long-title");

        Assert.Equal(LongTitle, hit.Title);
        Assert.Equal(LongTitle, search.Get("long-title")!.Summary.Title);
        Assert.Empty(search.Verify());
    }
}

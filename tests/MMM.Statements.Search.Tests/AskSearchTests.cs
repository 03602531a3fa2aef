namespace MMM.Statements.Search.Tests;

/// <summary>Searching the asks of the bundled corpus on their own, beside its statements.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class AskSearchTests(SampleCorpusIndex corpus)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();

    private SearchResult Asks(string query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null, int size = 50) =>
        corpus.Index.Search(new SearchRequest { Query = query, Unit = SearchUnit.Ask, Size = size, Filters = filters ?? NoFilters });

    [Fact]
    public void AnAskIsFoundByItsOwnWordsAndLinksToItsPlaceInItsStatement()
    {
        var result = Asks("congé parental");

        Assert.NotEmpty(result.Hits);
        foreach (var hit in result.Hits)
        {
            Assert.Equal("ask", hit.Unit);
            Assert.EndsWith($"#ask-{hit.AskNumber}", hit.Url, StringComparison.Ordinal);
            Assert.StartsWith("/statements/" + Uri.EscapeDataString(hit.Id) + "#", hit.Url, StringComparison.Ordinal);
            // The hit is the ask its statement's page lists under that number, its words marked.
            var statement = corpus.Index.Get(hit.Id)!;
            Assert.Equal(hit.AskText, statement.Asks[hit.AskNumber!.Value - 1].Text);
            Assert.Contains("<mark>", Assert.Single(hit.Snippets).Html, StringComparison.Ordinal);
            Assert.Contains("congé", hit.AskText, StringComparison.OrdinalIgnoreCase);
        }
        // Statements that only speak of parental leave elsewhere than in an ask are not hits of the asks.
        Assert.True(corpus.Index.Search(new SearchRequest { Query = "congé parental", Size = 50 }).Total > result.Hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void AStatementSearchListsStatementsOnlyAndTheCommitStillChecksOut()
    {
        var all = corpus.Index.Search(new SearchRequest { Query = "", Size = 50, EachVersion = true });
        var asks = Asks("");

        Assert.True(asks.Total > all.Total, "the sample corpus has more asks than statements");
        Assert.Equal(corpus.Summary.Statements, all.Total);
        Assert.All(all.Hits, hit => Assert.Equal("statement", hit.Unit));
        Assert.All(all.Hits, hit => Assert.DoesNotContain("#", hit.Url, StringComparison.Ordinal));
        Assert.Empty(corpus.Index.Verify());
        Assert.Equal(corpus.Summary.Statements, corpus.Index.StatementIds()!.Value.Ids.Count);
    }

    [Fact]
    public void FacetsCountAsksAndAnAsksOwnTopicsFilterIt()
    {
        var asks = Asks("");

        // Every ask counted once in its language; the asks of one statement carry its session.
        Assert.Equal(asks.Total, asks.Facets[FacetNames.Language].Sum(v => v.Count));
        var topic = asks.Facets[FacetNames.Topic].First(v => v.Count > 1 && v.Count < asks.Total);
        var filtered = Asks("", new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Topic] = [topic.Value] });
        Assert.Equal(topic.Count, filtered.Total);
        Assert.All(filtered.Hits, hit => Assert.Contains(topic.Value, hit.Topics));
        var session = asks.Facets[FacetNames.Session].First();
        var inSession = Asks("", new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Session] = [session.Value] });
        Assert.Equal(session.Count, inSession.Total);
        Assert.All(inSession.Hits, hit => Assert.Equal(session.Value, hit.Session));
    }

    [Fact]
    public void AnAsksTopicsAreThoseItNamesNotAllOfItsStatements()
    {
        var first = Asks("");
        var hits = Enumerable.Range(1, (first.Total + 49) / 50)
            .SelectMany(page => corpus.Index.Search(new SearchRequest { Query = "", Unit = SearchUnit.Ask, Size = 50, Page = page }).Hits)
            .ToList();

        Assert.Equal(first.Total, hits.Count);
        Assert.Equal(hits.Count, hits.Select(h => h.Url).Distinct().Count());
        // "Garantir un congé parental…" is about work and family, whatever else its statement covers.
        Assert.Contains(hits, h => !h.Topics.ToHashSet().SetEquals(corpus.Index.Get(h.Id)!.Summary.Topics));
        Assert.Contains(hits, h => h.AskText!.Contains("congé parental", StringComparison.Ordinal) && h.Topics.Contains("work-family"));
    }
}

using System.Text.Json;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Search.Tests;

/// <summary>Searches a delegate or an advocate would type, on the bundled corpus: the statement they mean comes first.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class KnownItemSearchTests(SampleCorpusIndex corpus, ITestOutputHelper output)
{
    public static TheoryData<string, string> Queries()
    {
        var data = new TheoryData<string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "queries.json")));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            data.Add(item.GetProperty("query").GetString()!, item.GetProperty("expected").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void TheExpectedStatementComesFirst(string query, string expectedLabel)
    {
        var expected = corpus.IdByLabel[expectedLabel];

        var result = corpus.Index.Search(new SearchRequest { Query = query });

        output.WriteLine($"{query} → {string.Join(", ", result.Hits.Take(3).Select(h => h.Id))} (total {result.Total}, notices {string.Join(',', result.Notices)})");
        Assert.NotEmpty(result.Hits);
        var first = result.Hits[0];
        Assert.True(first.Id == expected || first.Versions.Any(v => v.Id == expected),
            $"expected {expected} first for '{query}', got {string.Join(", ", result.Hits.Take(5).Select(h => h.Id))}");
    }

    public static TheoryData<string, string, string> CrossLanguageQueries()
    {
        var data = new TheoryData<string, string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "cross-language-queries.json")));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            data.Add(item.GetProperty("query").GetString()!, item.GetProperty("expected").GetString()!, item.GetProperty("expectedLanguage").GetString()!);
        }
        return data;
    }

    /// <summary>A query in one language finds the statement written in another first, through the lexicon's words.</summary>
    [Theory]
    [MemberData(nameof(CrossLanguageQueries))]
    public void AQueryInOneLanguageFindsTheStatementWrittenInAnotherFirst(string query, string expectedLabel, string expectedLanguage)
    {
        var expected = corpus.IdByLabel[expectedLabel];

        var result = corpus.Index.Search(new SearchRequest { Query = query });

        output.WriteLine($"{query} → {string.Join(", ", result.Hits.Take(3).Select(h => $"{h.Id} ({h.Language})"))} (total {result.Total}, notices {string.Join(',', result.Notices)})");
        Assert.NotEmpty(result.Hits);
        var first = result.Hits[0];
        Assert.True(first.Id == expected || first.Versions.Any(v => v.Id == expected),
            $"expected {expected} first for '{query}', got {string.Join(", ", result.Hits.Take(5).Select(h => h.Id))}");
        Assert.Contains(expectedLanguage, new[] { first.Language }.Concat(first.Versions.Select(v => v.Language)));
    }

    [Fact]
    public void TheWholeCorpusIsIndexedWithOnlyTheProtectedFileFailing()
    {
        Assert.Equal(corpus.IdByLabel.Count, corpus.Summary.Statements);
        // The scans are read by text recognition; only the password-protected file gives no text.
        Assert.Equal(1, corpus.Summary.Failed);
        Assert.Empty(corpus.Index.Verify());
    }

    [Theory]
    [InlineData("CSW 2024")]
    [InlineData("CSW68")]
    [InlineData("CSW-68")]
    [InlineData("68e session de la Commission de la condition de la femme")]
    [InlineData("sixty-eighth session of the Commission on the Status of Women")]
    public void SessionWordsFilterTheSameSession(string query)
    {
        var result = corpus.Index.Search(new SearchRequest { Query = query });

        Assert.Equal("CSW68", result.SessionFromQuery);
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("CSW68", h.Session));
    }

    [Fact]
    public void AFrenchTopicQueryAlsoFindsEnglishAndSpanishStatementsRankedBelowFrenchOnes()
    {
        var result = corpus.Index.Search(new SearchRequest { Query = "soins non rémunérés", Size = 50 });

        var languages = result.Hits.Select(h => h.Language).ToList();
        Assert.Contains("en", languages);
        Assert.Contains("es", languages);
        var lastFrench = languages.LastIndexOf("fr");
        var firstOther = languages.FindIndex(l => l != "fr");
        Assert.True(lastFrench < firstOther, $"languages in rank order: {string.Join(' ', languages)}");
    }

    [Fact]
    public void SelectingASessionKeepsTheOtherSessionsCountsOnTheCorpus()
    {
        var all = corpus.Index.Search(new SearchRequest { Query = "mères" });
        var one = corpus.Index.Search(new SearchRequest
        {
            Query = "mères",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["session"] = ["CSocD64"] },
        });

        Assert.Equal(
            all.Facets["session"].ToDictionary(v => v.Value, v => v.Count),
            one.Facets["session"].ToDictionary(v => v.Value, v => v.Count));
        Assert.All(one.Hits, h => Assert.Equal("CSocD64", h.Session));
    }
}

namespace MMM.Statements.Search.Tests;

/// <summary>The co-signing partners as a facet and a query field, on the bundled corpus.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class PartnerSearchTests(SampleCorpusIndex corpus)
{
    [Fact]
    public void ThePartnerFacetCountsTheJointStatementsAndLabelsEachPartnerInTheUiLanguage()
    {
        var result = corpus.Index.Search(new SearchRequest { Query = "", UiLanguage = "en" });

        var partners = result.Facets[FacetNames.Partner];
        var coface = Assert.Single(partners, p => p.Value == "coface");
        Assert.Equal("COFACE Families Europe", coface.Label);
        Assert.Equal(1, coface.Count);
        Assert.Contains(partners, p => p.Value == "Familles solidaires d’Europe" && p.Label == p.Value);
        Assert.Equal("Conseil international des femmes", corpus.Index.Search(new SearchRequest { Query = "", UiLanguage = "fr" })
            .Facets[FacetNames.Partner].Single(p => p.Value == "icw").Label);
    }

    [Fact]
    public void SelectingAPartnerOrAskingForItInTheQueryListsItsStatementsOnly()
    {
        var expected = corpus.IdByLabel["2021-joint-letter-parental-leave"];

        var byFacet = corpus.Index.Search(new SearchRequest { Query = "", Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Partner] = ["eurochild"] } });
        var byField = corpus.Index.Search(new SearchRequest { Query = "partner:eurochild" });

        Assert.Equal([expected], byFacet.Hits.Select(h => h.Id));
        Assert.Equal([expected], byField.Hits.Select(h => h.Id));
        Assert.Equal(["coface", "eurochild", "age-platform", "Familles solidaires d’Europe"], byField.Hits[0].Partners);
        Assert.Empty(corpus.Index.Search(new SearchRequest { Query = "partner:eurochild mères numérique" }).Hits);
    }
}

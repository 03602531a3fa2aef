using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class TaxonomyTests
{
    private static readonly string TaxonomyPath = Path.Combine(TestPaths.Statements, "taxonomy.json");

    [Fact]
    public void TheRepositoryTaxonomyHasExactlyTheAgreedIds()
    {
        var taxonomy = Taxonomy.Load(TaxonomyPath);

        Assert.Equal(["CSocD", "CSW", "HRC", "HLPF", "CPD", "ECOSOC", "UNGA", "FfD4", "WHA", "UNESCO", "ILC", "COP", "EU", "other"], taxonomy.Bodies.Select(b => b.Id));
        Assert.Equal(
            ["joint-statement", "news", "oral-statement", "press-release", "report", "side-event", "submission", "written-statement"],
            taxonomy.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["digital", "early-childhood", "education", "financing", "gender-equality", "intergenerational", "maternal-health",
             "maternal-mental-health", "migration", "poverty", "social-protection", "unpaid-care", "work-family"],
            taxonomy.Topics.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["brussels", "geneva", "london", "new-york", "online", "paris", "seville", "strasbourg", "versailles"],
            taxonomy.Locations.Select(l => l.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryTopicHasTermsInFrenchEnglishAndSpanish()
    {
        foreach (var topic in Taxonomy.Load(TaxonomyPath).Topics)
        {
            Assert.NotEmpty(topic.Terms.Fr);
            Assert.NotEmpty(topic.Terms.En);
            Assert.NotEmpty(topic.Terms.Es);
        }
    }

    [Fact]
    public void TheEmbeddedDefaultIsTheRepositoryFile()
    {
        var file = Taxonomy.Load(TaxonomyPath);
        Assert.Equal(file.Bodies, Taxonomy.Default.Bodies, (a, b) => a.Id == b.Id && a.Names.SequenceEqual(b.Names));
        Assert.Equal(file.Topics.SelectMany(t => t.Terms.Fr), Taxonomy.Default.Topics.SelectMany(t => t.Terms.Fr));
    }

    [Theory]
    [InlineData("body", "CSW", "fr", "Commission de la condition de la femme")]
    [InlineData("body", "CSW", "en", "Commission on the Status of Women")]
    [InlineData("body", "HRC", "es", "Consejo de Derechos Humanos")]
    [InlineData("topic", "unpaid-care", "fr", "Travail de soin non rémunéré")]
    [InlineData("type", "oral-statement", "es", "Declaración oral")]
    [InlineData("location", "geneva", "fr", "Genève")]
    [InlineData("language", "en", "fr", "Anglais")]
    [InlineData("session", "CSW68", "fr", "CSW68")]
    [InlineData("topic", "no-such-topic", "fr", "no-such-topic")]
    public void LabelsAreWhatTheSiteShowsInEachLanguage(string facet, string id, string ui, string expected)
    {
        Assert.Equal(expected, Taxonomy.Default.Label(facet, id, ui));
    }

    [Fact]
    public void EquivalentTermsGiveATopicInAnotherLanguage()
    {
        Assert.Contains("unpaid care work", Taxonomy.Default.EquivalentTerms("unpaid-care", "en"));
        Assert.Contains("soins non rémunérés", Taxonomy.Default.EquivalentTerms("unpaid-care", "fr"));
        Assert.Contains("trabajo de cuidados no remunerado", Taxonomy.Default.EquivalentTerms("unpaid-care", "es"));
        Assert.Empty(Taxonomy.Default.EquivalentTerms("no-such-topic", "en"));
    }

    [Fact]
    public void BodiesKnowTheirSymbolSeries()
    {
        var t = Taxonomy.Default;
        Assert.True(t.Body("CSW")!.OwnsSymbol("E/CN.6/2024/NGO/108"));
        Assert.True(t.Body("CSocD")!.OwnsSymbol("E/CN.5/2021/NGO/12"));
        Assert.True(t.Body("HRC")!.OwnsSymbol("A/HRC/55/NGO/12"));
        Assert.True(t.Body("CPD")!.OwnsSymbol("E/CN.9/2025/NGO/3"));
        Assert.True(t.Body("ECOSOC")!.OwnsSymbol("E/2017/NGO/14"));
        Assert.False(t.Body("CSW")!.OwnsSymbol("E/CN.5/2021/NGO/12"));
    }

    [Theory]
    [InlineData("CSW", 2024, 68)]
    [InlineData("CSocD", 2026, 64)]
    [InlineData("HRC", 2023, 52)]
    [InlineData("HRC", 2026, 61)]
    [InlineData("CPD", 2025, 58)]
    [InlineData("HLPF", 2025, 2025)]
    public void SessionRulesGiveTheFirstSessionOfAYear(string body, int year, int session)
    {
        var rule = Taxonomy.Default.Body(body)!.Sessions!;
        Assert.Equal(session, rule.FirstOf(year));
        Assert.Equal(year, rule.YearOf(session));
    }

    [Theory]
    [InlineData("HRC", "2024-03-15", 55)]
    [InlineData("HRC", "2024-06-20", 56)]
    [InlineData("HRC", "2024-09-10", 57)]
    [InlineData("HRC", "2024-12-01", 58)]
    [InlineData("CSW", "2023-11-24", 68)]
    [InlineData("CSW", "2024-03-11", 68)]
    public void ADatedStatementPointsToTheSessionItWasWrittenFor(string body, string date, int session)
    {
        Assert.Equal(session, Taxonomy.Default.Body(body)!.Sessions!.ForDate(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"bodies\": [{\"id\": \"X\", \"sessions\": {\"numbering\": \"weekly\"}}]}")]
    [InlineData("{\"topics\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}")]
    [InlineData("{\"bodies\": [{\"id\": \"X\", \"symbolPatterns\": [\"(\"]}]}")]
    public void AnInvalidTaxonomyIsRejectedWithAReason(string json)
    {
        var e = Assert.Throws<FormatException>(() => Taxonomy.Parse(json));
        Assert.StartsWith("taxonomy:", e.Message);
    }
}

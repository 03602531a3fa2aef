using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

/// <summary>What a statement asks for, read by the rules of <c>statements/asks.json</c>.</summary>
public sealed class AskFinderTests
{
    private static readonly Tagger Tagger = new(Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json")),
        AskRules.Load(Path.Combine(TestPaths.Statements, "asks.json")));

    private static IReadOnlyList<StatementAsk> Asks(string body, string language = "fr") =>
        Tagger.Tag(new HtmlExtractor(new ExtractionOptions()).Extract(System.Text.Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Déclaration</title></head><body><main><h1>Déclaration</h1>{body}</main></body></html>")), null).Asks;

    [Fact]
    public void EachItemOfTheListALeadInIntroducesIsAnAskAndTheLeadInIsNot()
    {
        var asks = Asks("<p>Madame la Présidente, Make Mothers Matter remercie le Conseil pour ce débat.</p>"
            + "<p>Make Mothers Matter appelle les États membres à :</p><ul><li>garantir un congé parental rémunéré pour chaque parent</li>"
            + "<li>investir dans des services d'accueil de la petite enfance</li></ul><p>Merci.</p>");

        Assert.Equal(["garantir un congé parental rémunéré pour chaque parent", "investir dans des services d'accueil de la petite enfance"], asks.Select(a => a.Text));
        Assert.Equal([1, 2], asks.Select(a => a.Number));
        Assert.All(asks, a => Assert.Equal("Make Mothers Matter appelle les États membres à :", a.LeadIn));
        Assert.Equal(1, asks[0].Page);
        Assert.True(asks[1].Paragraph > asks[0].Paragraph);
        Assert.Contains("work-family", asks[0].Topics);
        Assert.Contains("early-childhood", asks[1].Topics);
    }

    [Fact]
    public void ARecommendationsHeadingIntroducesItsItemsUntilASentenceThatStatesInsteadOfAsking()
    {
        var asks = Asks("<h2>Nos recommandations</h2><ol><li>Mesurer le travail de soin.</li><li>Financer les crèches.</li></ol>"
            + "<p>Reconnaître le rôle des mères, c'est construire des sociétés plus justes.</p><p>Nous demandons aux États de tenir parole.</p>");

        Assert.Equal(["Mesurer le travail de soin.", "Financer les crèches.", "Nous demandons aux États de tenir parole."], asks.Select(a => a.Text));
        Assert.Null(asks[2].LeadIn);
    }

    [Theory]
    [InlineData("<p>Nous vous invitons à notre webinaire du 12 mars.</p>")]
    [InlineData("<p>MMM a participé à la session et a rencontré les délégations.</p>")]
    [InlineData("<p>Le Secrétaire général appelle les États à agir.</p>")]
    [InlineData("<p>Nous saluons l'adoption de la résolution.</p>")]
    [InlineData("<p>Nous avons demandé aux mères si elles se sentaient soutenues.</p>")]
    public void OrdinarySentencesAreNotAsks(string body) => Assert.Empty(Asks(body));

    [Theory]
    [InlineData("<p>We urge Member States to fund childcare. We invite you to our webinar.</p>", "en", "We urge Member States to fund childcare.")]
    [InlineData("<p>MMM welcomes the report and calls for paid leave. These are points that we have long advocated for.</p>", "en", "MMM welcomes the report and calls for paid leave.")]
    [InlineData("<p>Instamos a los Estados a financiar los cuidados.</p>", "es", "Instamos a los Estados a financiar los cuidados.")]
    [InlineData("<p>Enfin, MMM exhorte les gouvernements à ratifier la convention no. 183 de l'OIT.</p>", "fr", "Enfin, MMM exhorte les gouvernements à ratifier la convention no. 183 de l'OIT.")]
    public void ASentenceAskingInEachLanguageIsOneAsk(string body, string language, string expected) =>
        Assert.Equal([expected], Asks(body, language).Select(a => a.Text));

    [Fact]
    public void TheSameAskSaidTwiceIsOneAsk()
    {
        var asks = Asks("<p>Nous appelons les États à financer les crèches.</p><p>Nous appelons les États à financer les crèches.</p>");

        Assert.Single(asks);
    }

    [Theory]
    [InlineData("{ \"languages\": { \"de\": { \"subjects\": [\"wir\"], \"verbs\": [\"fordern\"] } }, \"bullets\": [\"•\"] }", "languages.de: unknown language")]
    [InlineData("{ \"languages\": { \"fr\": { \"subjects\": [\"nous\"], \"verbs\": [] } }, \"bullets\": [\"•\"] }", "languages.fr: needs verbs")]
    [InlineData("{ \"languages\": { \"fr\": { \"subjects\": [\"nous\"], \"verbs\": [\"appelons\"] } }, \"bullets\": [\"a\"] }", "bullets[0]")]
    [InlineData("{ \"languages\": { \"fr\": { \"subjects\": [\"nous\"], \"verbs\": [\"appelons\"] } }, \"numbering\": [\"12.\"] }", "numbering[0]")]
    [InlineData("{ \"languages\": ", "invalid JSON")]
    public void ABadRulesFileIsRefusedNamingTheFileAndTheEntry(string json, string entry)
    {
        var e = Assert.Throws<FormatException>(() => AskRules.Parse(json, "asks.json"));

        Assert.StartsWith("asks.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(entry, e.Message, StringComparison.Ordinal);
    }
}

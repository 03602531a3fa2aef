using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

/// <summary>
/// The patterns of real MMM news pages, on the sample pages written to reproduce them (statements/): related-post
/// cards at the foot of a page, the many ways of saying "oral statement", sessions of bodies other than the UN
/// commissions, a European event about a UN session, and the many ways real text names a topic.
/// </summary>
public sealed class RealPagePatternTests
{
    private static readonly Tagger Tagger = new(Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json")));

    private static StatementTags TagSample(string file) => Tagger.Tag(ExtractSample(file), null);

    private static ExtractedDocument ExtractSample(string file) =>
        new HtmlExtractor(new ExtractionOptions()).Extract(File.ReadAllBytes(Path.Combine(TestPaths.Statements, file)));

    private static ExtractedDocument Html(string body, string language = "fr") =>
        new HtmlExtractor(new ExtractionOptions()).Extract(System.Text.Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Actualité</title></head><body><main>{body}</main></body></html>"));

    [Fact]
    public void RelatedPostCardsNeitherTagAPageNorStayInItsText()
    {
        var document = ExtractSample("2025/colloque-paris-meres-au-travail.html");
        var tags = Tagger.Tag(document, null);

        Assert.Equal("other", tags.Body);
        Assert.Null(tags.Session);
        Assert.Equal("paris", tags.Location);
        Assert.DoesNotContain("CSW68", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles les plus lus", document.Text, StringComparison.Ordinal);
        Assert.Contains("télétravail", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWithCardsKeepsTheBodyAndSessionOfItsOwnLead()
    {
        var tags = TagSample("2024/ilc112-declaration-economie-du-soin.html");

        Assert.Equal("ILC", tags.Body);
        Assert.Equal(new UnSession("ILC", 112), tags.Session);
        Assert.Equal("oral-statement", tags.Type);
    }

    [Fact]
    public void AnArticleWithItsOwnReadMoreLinkKeepsIt()
    {
        var document = Html("""
            <div class="post"><h1>Actualité</h1><p>ONU Genève – Une longue actualité sur la protection sociale des mères, qui rappelle
            que la protection sociale doit reconnaître le travail de soins non rémunéré.</p>
            <div class="more"><p>Notre déclaration complète est en ligne.</p><a href="/declaration">Lire la suite</a></div></div>
            """);

        Assert.Contains("Notre déclaration complète est en ligne.", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024/ilc112-declaration-economie-du-soin.html")] // « Ci-dessous le texte entier de la déclaration », « a pris la parole »
    [InlineData("2025/wha78-took-the-floor-maternal-health.html")] // "took the floor", "Oral Statement for download"
    [InlineData("2023/unesco-gc42-intervention-education-filles.html")] // « MMM a pris la parole »
    [InlineData("2025/ffd4-concluding-words-seville.html")] // "concluding words of our representative"
    [InlineData("2023/cpd56-intervention-education-informelle.html")] // « intervention de notre représentante »
    [InlineData("2025/cese-audition-csw69-maternite.html")] // « audition d'experts », « L'intervention de MMM »
    [InlineData("2024/cdh57-bilan-declarations-orales.html")] // a recap of five oral statements at one session
    [InlineData("2026/csocd64-oral-statement-work-life-balance.html")] // "Oral Statement for download"
    public void EveryWayOfSayingOralStatementIsAnOralStatement(string file)
    {
        Assert.Equal("oral-statement", TagSample(file).Type);
    }

    [Fact]
    public void ASubmissionToACallForEvidenceIsASubmission()
    {
        Assert.Equal("submission", TagSample("2024/eu-call-for-evidence-work-life-balance.html").Type);
    }

    [Theory]
    [InlineData("2024/ilc112-declaration-economie-du-soin.html", "ILC", "ILC112")]
    [InlineData("2025/wha78-took-the-floor-maternal-health.html", "WHA", "WHA78")]
    [InlineData("2023/unesco-gc42-intervention-education-filles.html", "UNESCO", "UNESCO42")]
    [InlineData("2025/cop30-care-climate-belem.html", "COP", "COP30")]
    [InlineData("2025/ffd4-concluding-words-seville.html", "FfD4", "FfD4")]
    [InlineData("2023/cpd56-intervention-education-informelle.html", "CPD", "CPD56")]
    public void SessionsOfBodiesBeyondTheCommissionsAreTagged(string file, string body, string session)
    {
        var tags = TagSample(file);

        Assert.Equal(body, tags.Body);
        Assert.Equal(session, tags.Session?.ToString());
    }

    [Fact]
    public void AEuropeanHearingAboutACommissionSessionIsEuropeanNotThatSession()
    {
        var tags = TagSample("2025/cese-audition-csw69-maternite.html");

        Assert.Equal("EU", tags.Body);
        Assert.Null(tags.Session);
    }

    [Fact]
    public void OneAcronymInPassingDoesNotMakeABody()
    {
        var tags = Tagger.Tag(Html("""
            <div class="post"><h1>Une enquête auprès des mères</h1><p>Paris – Notre enquête montre la charge mentale des mères,
            leur épuisement, et le besoin de soutien psychologique.</p><p>Elle a été menée auprès de 9 600 mères dans 11 pays de l'EU
            et au Royaume-Uni, avec un institut de sondage, en ligne et par téléphone.</p></div>
            """), null);

        Assert.Equal("other", tags.Body);
    }

    [Fact]
    public void TopicsNamedInTheWaysRealPagesNameThemAreFound()
    {
        var tags = TagSample("2024/cdh57-bilan-declarations-orales.html");

        Assert.Equal(["early-childhood", "poverty", "unpaid-care", "work-family"], tags.Topics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEnglishPageSayingWorkLifeBalanceAndChildcareGetsThoseTopics()
    {
        var tags = TagSample("2026/csocd64-oral-statement-work-life-balance.html");

        Assert.Contains("work-family", tags.Topics);
        Assert.Contains("early-childhood", tags.Topics);
    }

    [Fact]
    public void APassingMentionOfATopicIsNotATopic()
    {
        var tags = Tagger.Tag(Html("""
            <div class="post"><h1>Une rencontre à Paris</h1><p>Paris – Nous avons rencontré des associations de quartier pour parler
            de la vie des familles et de leurs projets. La pauvreté a été évoquée une fois. Les échanges ont porté sur les activités
            culturelles, le sport et les fêtes de quartier organisées par les parents.</p></div>
            """), null);

        Assert.DoesNotContain("poverty", tags.Topics);
    }

    /// <summary>
    /// Short news pages that name their topic twice, in the words real pages use rather than the topic's label: the
    /// Beijing agenda, the cycle of poverty, reproductive health, dedicated funding, the care strategy, parents as first
    /// educators, telework.
    /// </summary>
    [Theory]
    [InlineData("en", "gender-equality", "Twenty years on, the Beijing Platform for Action still guides us. Our members asked for an equal sharing of family responsibilities and for women's human rights to include the rights of mothers.")]
    [InlineData("fr", "gender-equality", "Le programme d'action de Pékin reste notre boussole. Nos membres ont rappelé les discriminations liées à la maternité et la nécessité d'un partage égal des tâches entre les parents.")]
    [InlineData("es", "gender-equality", "La Plataforma de Acción de Beijing sigue vigente. Nuestras socias pidieron políticas con perspectiva de género y un reparto equitativo de las tareas del hogar.")]
    [InlineData("en", "poverty", "Supporting mothers is how a country breaks the cycle of poverty. Women's poverty starts with the years they give to their families.")]
    [InlineData("fr", "poverty", "Le thème de la session était l'éradication de la pauvreté. Soutenir les mères permet de briser le cercle vicieux de la pauvreté.")]
    [InlineData("en", "maternal-health", "The panel turned to sexual and reproductive health, and to the services mothers need for maternal and child health in rural areas.")]
    [InlineData("en", "financing", "The committee voted for dedicated funding for the programme in the next Multiannual Financial Framework, with targets for every member state.")]
    [InlineData("en", "unpaid-care", "MMM answered the consultation on the European Care Strategy. A culture of care begins when governments value care as work.")]
    [InlineData("en", "education", "Mothers are the first educators of their children: any plan for their schooling must begin with parenting education in the family.")]
    [InlineData("en", "work-family", "During the lockdowns mothers had to telework while helping with online classes: remote work left them no work-life balance.")]
    public void ATopicNamedTwiceInTheWordsOfRealPagesIsFound(string language, string topic, string text)
    {
        var tags = Tagger.Tag(Html($"<div class=\"post\"><h1>News</h1><p>{text}</p></div>", language), null);

        Assert.Contains(topic, tags.Topics);
    }
}

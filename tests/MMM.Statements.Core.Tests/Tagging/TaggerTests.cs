using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class TaggerTests
{
    private static readonly Tagger Tagger = new(Taxonomy.Default);

    private static ExtractedDocument Pdf(params string[] pages) => new()
    {
        Format = DocumentFormat.Pdf,
        Status = ExtractionStatus.Extracted,
        Pages = pages.Select((text, i) => new ExtractedPage(i + 1, text)).ToList(),
    };

    private const string CswWrittenStatement = """
        Nations Unies                                                    E/CN.6/2024/NGO/108
        Conseil économique et social                                     Distr. générale
                                                                         24 novembre 2023
        Commission de la condition de la femme
        Soixante-huitième session
        11-22 mars 2024
        Déclaration présentée par Make Mothers Matter, organisation non gouvernementale
        dotée du statut consultatif auprès du Conseil économique et social

        Make Mothers Matter salue le thème prioritaire et rappelle la résolution A/RES/70/1.
        Le travail de soin non rémunéré des mères reste invisible. Le travail de soin non rémunéré
        représente des heures chaque jour. Reconnaître, réduire et redistribuer le travail de soin non rémunéré
        est la cible 5.4. Les conclusions concertées E/CN.6/2023/L.3 le rappellent.
        """;

    [Fact]
    public void AUnWrittenStatementGetsItsBodySessionSymbolsTypeAndPlace()
    {
        var tags = Tagger.Tag(Pdf(CswWrittenStatement, "La pauvreté n'est mentionnée qu'une fois."), null);

        Assert.Equal("CSW", tags.Body);
        Assert.Equal(new UnSession("CSW", 68), tags.Session);
        Assert.Equal("E/CN.6/2024/NGO/108", tags.Symbol);
        Assert.Equal(["A/RES/70/1", "E/CN.6/2023/L.3"], tags.CitedSymbols);
        Assert.Equal("written-statement", tags.Type);
        Assert.Equal("new-york", tags.Location);
        Assert.Equal("fr", tags.Language);
        Assert.Equal(2024, tags.Year);
        Assert.Equal(new DateOnly(2023, 11, 24), tags.Date);
        Assert.Contains("unpaid-care", tags.Topics);
        Assert.DoesNotContain("poverty", tags.Topics);
    }

    [Fact]
    public void TheMastheadSymbolIsTheOwnSymbolEvenWhenTheTextCitesAnotherNgoSymbolFirst()
    {
        var document = Pdf("Voir aussi E/CN.6/2023/NGO/5.\n" + CswWrittenStatement) with
        {
            Masthead = new UnMasthead("E/CN.6/2024/NGO/108", "General", new DateOnly(2023, 11, 24), "English"),
        };

        var tags = Tagger.Tag(document, null);

        Assert.Equal("E/CN.6/2024/NGO/108", tags.Symbol);
        Assert.Contains("E/CN.6/2023/NGO/5", tags.CitedSymbols);
        Assert.DoesNotContain("E/CN.6/2024/NGO/108", tags.CitedSymbols);
    }

    [Theory]
    [InlineData("A/HRC/55/NGO/12", "HRC55")]
    [InlineData("E/CN.5/2021/NGO/21", "CSocD59")]
    [InlineData("E/CN.9/2025/NGO/3", "CPD58")]
    [InlineData("A/HRC/WG.6/7/ITA/1", null)]
    public void AnOwnSymbolGivesTheSessionWhenTheTextNamesNone(string symbol, string? session)
    {
        var document = Pdf("Texte sans mention de session.") with { Masthead = new UnMasthead(symbol, "General", null, "English") };

        var tags = Tagger.Tag(document, null);

        Assert.Equal(symbol, tags.Symbol);
        Assert.Equal(session, tags.Session?.ToString());
    }

    [Fact]
    public void AFrenchNewsPageReadsItsLeadLineAndDate()
    {
        var page = new ExtractedDocument
        {
            Format = DocumentFormat.Html,
            Status = ExtractionStatus.Extracted,
            Title = "Les mères au cœur du développement social",
            LeadLine = "UN New York, CSocD59 – Make Mothers Matter a pris la parole",
            Pages = [new ExtractedPage(1, "19.02.21\nUN New York, CSocD59 – Make Mothers Matter a pris la parole lors de la session. " +
                                             "Nous avons parlé de la protection sociale des familles et de la protection sociale des mères.")],
        };

        var tags = Tagger.Tag(page, null);

        Assert.Equal("CSocD", tags.Body);
        Assert.Equal(new UnSession("CSocD", 59), tags.Session);
        Assert.Equal(new DateOnly(2021, 2, 19), tags.Date);
        Assert.Equal(2021, tags.Year);
        Assert.Equal("new-york", tags.Location);
        // « Make Mothers Matter a pris la parole »: MMM spoke at the session, which is an oral statement (issue #21).
        Assert.Equal("oral-statement", tags.Type);
        Assert.Equal("Les mères au cœur du développement social", tags.Title);
    }

    [Fact]
    public void AnOralStatementInGenevaIsTaggedFromItsText()
    {
        var document = Pdf("""
            Conseil des droits de l'homme – 55e session
            Déclaration orale de Make Mothers Matter
            Monsieur le Président,
            Les mères migrantes et les femmes migrantes subissent des discriminations. La migration des mères…
            """);

        var tags = Tagger.Tag(document, null);

        Assert.Equal("HRC", tags.Body);
        Assert.Equal(new UnSession("HRC", 55), tags.Session);
        Assert.Equal(2024, tags.Year);
        Assert.Equal("oral-statement", tags.Type);
        Assert.Equal("geneva", tags.Location);
        Assert.Contains("migration", tags.Topics);
    }

    [Fact]
    public void AnHlpfLeadLineWithFhnpGivesTheYearSession()
    {
        var page = new ExtractedDocument
        {
            Format = DocumentFormat.Html,
            Status = ExtractionStatus.Extracted,
            Title = "Forum politique de haut niveau",
            Date = new DateOnly(2023, 7, 14),
            LeadLine = "ONU New York / FHNP – Make Mothers Matter au forum",
            Pages = [new ExtractedPage(1, "ONU New York / FHNP – Make Mothers Matter au forum politique de haut niveau.")],
        };

        var tags = Tagger.Tag(page, null);

        Assert.Equal("HLPF", tags.Body);
        Assert.Equal(new UnSession("HLPF", 2023), tags.Session);
        Assert.Equal("new-york", tags.Location);
    }

    [Fact]
    public void TopicTermsMatchWithoutAccentsAndInTheTitle()
    {
        var document = Pdf("Une seule phrase sur les familles.") with { Title = "La sante maternelle et la depression post-partum" };

        var tags = Tagger.Tag(document, null);

        Assert.Contains("maternal-health", tags.Topics);
        Assert.Contains("maternal-mental-health", tags.Topics);
    }

    [Theory]
    [InlineData("fr", "Portrait d'une mère migrante", "migration")]
    [InlineData("en", "The digital technology gap", "digital")]
    [InlineData("es", "Los cuidados no remunerados de una madre", "unpaid-care")]
    public void TopicTermsMatchOtherInflections(string language, string title, string topic)
    {
        var tags = Tagger.Tag(Pdf("Make Mothers Matter.") with { Title = title }, new StatementSidecar { Language = language });

        Assert.Contains(topic, tags.Topics);
    }

    [Fact]
    public void APassingMentionDoesNotTagATopic()
    {
        var document = Pdf("Make Mothers Matter\nNous parlons des mères et de leur éducation, une fois, et de rien d'autre qui concerne ce thème.");

        var tags = Tagger.Tag(document, null);

        Assert.DoesNotContain("education", tags.Topics);
    }

    [Fact]
    public void EnglishAndSpanishStatementsMatchTheirOwnTerms()
    {
        var english = Tagger.Tag(Pdf("Unpaid care work falls on mothers. The care economy depends on unpaid care work."), null);
        var spanish = Tagger.Tag(Pdf("El trabajo de cuidados no remunerado recae en las madres. La economía del cuidado depende del trabajo de cuidados no remunerado."), null);

        Assert.Equal("en", english.Language);
        Assert.Contains("unpaid-care", english.Topics);
        Assert.Equal("es", spanish.Language);
        Assert.Contains("unpaid-care", spanish.Topics);
    }

    [Fact]
    public void TheSidecarOverridesEveryField()
    {
        var sidecar = new StatementSidecar
        {
            Title = "Titre corrigé",
            Date = new DateOnly(2025, 6, 30),
            Language = "en",
            Body = "FfD4",
            Type = "side-event",
            Location = "seville",
            Topics = ["financing"],
            Symbol = "a/conf.227/2025/ngo/1",
            CitedSymbols = [],
        };

        var tags = Tagger.Tag(Pdf(CswWrittenStatement), sidecar);

        Assert.Equal("Titre corrigé", tags.Title);
        Assert.Equal(new DateOnly(2025, 6, 30), tags.Date);
        Assert.Equal(2025, tags.Year);
        Assert.Equal("en", tags.Language);
        Assert.Equal("FfD4", tags.Body);
        Assert.Null(tags.Session);
        Assert.Equal("side-event", tags.Type);
        Assert.Equal("seville", tags.Location);
        Assert.Equal(["financing"], tags.Topics);
        Assert.Equal("A/CONF.227/2025/NGO/1", tags.Symbol);
        Assert.Empty(tags.CitedSymbols);
    }

    [Fact]
    public void ASidecarSessionInAnyWrittenFormIsCanonicalised()
    {
        var tags = Tagger.Tag(Pdf("Un texte sans session."), new StatementSidecar { Session = "CSW 2024" });

        Assert.Equal(new UnSession("CSW", 68), tags.Session);
        Assert.Equal("CSW", tags.Body);
    }

    [Fact]
    public void AStatementThatNamesNoBodyIsOther()
    {
        var tags = Tagger.Tag(Pdf("Dîner à l'hôtel de ville de Versailles avec les mères de famille."), null);

        Assert.Equal("other", tags.Body);
        Assert.Null(tags.Session);
        Assert.Equal("versailles", tags.Location);
    }

    [Fact]
    public void TaggingIsDeterministic()
    {
        var document = Pdf(CswWrittenStatement);
        // Lists compare by reference in a record: they are compared by content below.
        Assert.Equal(Tagger.Tag(document, null) with { CitedSymbols = [], Topics = [], Partners = [], Asks = [] }, Tagger.Tag(document, null) with { CitedSymbols = [], Topics = [], Partners = [], Asks = [] });
        Assert.Equal(Tagger.Tag(document, null).Asks.Select(a => (a.Number, a.Text, a.Page, a.Paragraph, string.Join(',', a.Topics))),
            Tagger.Tag(document, null).Asks.Select(a => (a.Number, a.Text, a.Page, a.Paragraph, string.Join(',', a.Topics))));
        Assert.Equal(Tagger.Tag(document, null).Topics, Tagger.Tag(document, null).Topics);
        Assert.Equal(Tagger.Tag(document, null).CitedSymbols, Tagger.Tag(document, null).CitedSymbols);
        Assert.Equal(Tagger.Tag(document, null).Partners, Tagger.Tag(document, null).Partners);
    }
}

public sealed class TaggerLongInputTests
{
    [Fact]
    public void AWholeNovelWithSlashRunsAndOrdinalsIsTaggedWithoutFailing()
    {
        var novel = File.ReadAllText(Directory.GetFiles(MMM.Statements.Tests.TestPaths.SharedData("text", "roman19")).Order().First());
        // Long runs that look half like symbols and half like ordinals, the kind of text a broken PDF produces.
        var noise = string.Concat(Enumerable.Repeat("a/b/c/d/e/ 68e 68 e soixante soixante-huitième CSW ", 20_000));
        var document = new ExtractedDocument
        {
            Format = DocumentFormat.Pdf,
            Status = ExtractionStatus.Extracted,
            Pages = [new ExtractedPage(1, novel[..3000]), new ExtractedPage(2, noise), new ExtractedPage(3, novel)],
        };

        var tags = new Tagger(Taxonomy.Default).Tag(document, null);

        Assert.Equal(new UnSession("CSW", 68), tags.Session);
        Assert.Equal("CSW", tags.Body);
    }
}

using MMM.Statements.Extraction;
using MMM.Statements.Model;

namespace MMM.Statements.Tests.Extraction;

/// <summary>Mastheads of real UN documents, read through real pdftotext; expected values taken from the documents by hand.</summary>
[Collection(ChildProcessCollection.Name)]
public sealed class UnMastheadTests
{
    private static readonly DocumentExtractor Extractor = new(ExtractionOptions.Default);

    [Theory]
    [InlineData("ohchr_2_en.pdf", "A/HRC/WG.6/7/ITA/1", "2009-11-16", "en", "GENERAL")]
    [InlineData("ohchr_2_fr.pdf", "A/HRC/WG.6/7/ITA/1", "2009-11-16", "en", "générale")]
    [InlineData("plan_1_en.pdf", "A/RES/48/246", "1994-05-11", null, "GENERAL")]
    [InlineData("plan_1_es.pdf", "A/RES/48/246", "1994-05-11", null, "GENERAL")]
    [InlineData("plan_2_en.pdf", "A/RES/48/161", "1994-01-21", null, "GENERAL")]
    [InlineData("plan_2_fr.pdf", "A/RES/48/161", "1994-01-21", null, "GENERALE")]
    public async Task UnDocumentMastheadGivesItsOwnSymbolDateAndOriginalLanguage(string file, string symbol, string date, string? original, string distribution)
    {
        var document = await Extractor.ExtractAsync(TestPaths.SharedData("un-pdfs", file), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.NotNull(document.Masthead);
        Assert.Equal(symbol, document.Masthead.Symbol);
        Assert.Equal(DateOnly.Parse(date), document.Masthead.Date);
        Assert.Equal(DateOnly.Parse(date), document.Date);
        Assert.Equal(original, document.Masthead.OriginalLanguage);
        Assert.Equal(original, document.DeclaredLanguage);
        Assert.Equal(distribution, document.Masthead.Distribution);
    }

    [Theory]
    [InlineData("cejil_2_es.pdf")]
    [InlineData("ihrda_2_en.pdf")]
    [InlineData("ihrda_2_fr.pdf")]
    public async Task CourtDocumentsWithoutAUnMastheadHaveNone(string file)
    {
        var document = await Extractor.ExtractAsync(TestPaths.SharedData("un-pdfs", file), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Null(document.Masthead);
        Assert.Null(document.DeclaredLanguage);
    }

    [Fact]
    public async Task TheSymbolRepeatedAtTheTopOfEveryPageIsKeptOutOfTheBody()
    {
        var document = await Extractor.ExtractAsync(TestPaths.SharedData("un-pdfs", "ohchr_2_en.pdf"), CancellationToken.None);

        Assert.True(document.PageCount > 20);
        var raw = await File.ReadAllTextAsync(TestPaths.SharedData("un-pdfs", "ohchr_2_en.pdftotext.txt"));
        Assert.Contains("A/HRC/WG.6/7/ITA/1\nPage 2\n", raw);
        foreach (var page in document.Pages.Skip(1))
        {
            var lines = page.Text.Split('\n');
            Assert.DoesNotContain("A/HRC/WG.6/7/ITA/1", lines);
            Assert.DoesNotContain($"Page {page.Number}", lines);
        }
        Assert.Contains("NORMATIVE AND INSTITUTIONAL FRAMEWORK", document.Pages[1].Text);
    }

    [Theory]
    [InlineData("12 December 2023", 2023, 12, 12)]
    [InlineData("12 décembre 2023", 2023, 12, 12)]
    [InlineData("12 de diciembre de 2023", 2023, 12, 12)]
    [InlineData("1er février 2024", 2024, 2, 1)]
    [InlineData("March 28, 2022", 2022, 3, 28)]
    public void DateLinesInTheThreeLanguagesParse(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), UnMastheadParser.ParseDateLine(line));
    }

    [Fact]
    public void AnNgoStatementMastheadParsesFromItsFirstPageText()
    {
        const string page = """
            Nations Unies
            E/CN.6/2024/NGO/108
            Conseil économique et social
            Distr. générale
            12 décembre 2023
            Français
            Original : anglais
            Commission de la condition de la femme
            Déclaration présentée par Make Mothers Matter, organisation non gouvernementale (E/CN.6/2023/NGO/1)
            """;

        var masthead = UnMastheadParser.Parse(page);

        Assert.Equal(new UnMasthead("E/CN.6/2024/NGO/108", "générale", new DateOnly(2023, 12, 12), "en"), masthead);
    }

    [Fact]
    public void ASymbolMergedWithTheDistributionLineIsStillFound()
    {
        var masthead = UnMastheadParser.Parse("United Nations\nA/HRC/55/NGO/12 Distr.: General\n2 February 2024\nOriginal: English\nHuman Rights Council");

        Assert.Equal(new UnMasthead("A/HRC/55/NGO/12", "General", new DateOnly(2024, 2, 2), "en"), masthead);
    }

    [Theory]
    [InlineData("Original: English", "en")]
    [InlineData("Original : anglais", "en")]
    [InlineData("Original: español", "es")]
    [InlineData("Original : français", "fr")]
    public void OriginalLanguageLineGivesTheIsoCode(string line, string code)
    {
        var masthead = UnMastheadParser.Parse("A/HRC/55/NGO/12\nDistr.: General\n" + line);

        Assert.Equal(code, masthead?.OriginalLanguage);
    }
}

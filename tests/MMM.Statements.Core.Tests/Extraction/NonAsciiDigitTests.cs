using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// Class P, found while building the mutated-PDF checks: .NET's <c>\d</c> matches every Unicode decimal digit, but
/// <c>int.Parse</c> reads only ASCII ones. A statement with a date, a session or a title year in Arabic-Indic digits
/// threw out of the extractor (masthead date) or the tagger (dates, sessions, title year), which ended the whole
/// reindex, not just that file. Such numbers are now simply not read as dates or sessions.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class NonAsciiDigitTests : IDisposable
{
    private readonly string _work = TestPaths.NewTempDirectory("mmm-digits");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    // Printed by chromium from arabic-indic-digits.html (the command is in that file).
    private static string Fixture => Path.Combine(TestPaths.Fixtures, "extraction", "arabic-indic-digits.pdf");

    [Fact]
    public async Task APdfWithArabicIndicDigitsInItsMastheadDateIsExtractedWithItsSymbol()
    {
        var document = await new DocumentExtractor(ExtractionOptions.Default).ExtractAsync(Fixture, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("E/CN.6/2024/NGO/2", document.Masthead?.Symbol);
        Assert.Null(document.Masthead?.Date);
        Assert.Contains("١٢ décembre 2023", document.Text);
    }

    [Fact]
    public async Task AStatementWithArabicIndicDatesSessionAndTitleYearIsTaggedWithoutAnException()
    {
        var document = await new DocumentExtractor(ExtractionOptions.Default).ExtractAsync(Fixture, CancellationToken.None);
        Assert.Contains("٢٠٢٤", document.Text);
        Assert.Contains("٢٣", document.Title);

        var tags = new Tagger(Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json"))).Tag(document, null);

        Assert.NotNull(tags);
    }

    [Fact]
    public async Task AnHtmlPageWithAnArabicIndicDottedDateLineIsExtracted()
    {
        var path = Path.Combine(_work, "page.html");
        await File.WriteAllTextAsync(path,
            "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Note</title></head><body><article>"
            + "<h1>Note sur le travail de soin</h1><p>١٢.٠٣.٢٠٢٤</p><p>Les mères assument l’essentiel du travail de soin non rémunéré.</p>"
            + "</article></body></html>");

        var document = await new DocumentExtractor(ExtractionOptions.Default).ExtractAsync(path, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Contains("travail de soin", document.Text);
        Assert.Null(document.Date);
    }

    [Theory]
    [InlineData("CSW ٦٨")]
    [InlineData("CSocD٦٤")]
    public void ASessionWrittenWithArabicIndicDigitsIsNotRecognised(string text)
    {
        Assert.False(UnSession.TryParse(text, out _));
    }
}

using System.Diagnostics;
using MMM.Statements.Extraction;
using MMM.Statements.Model;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// Pages without a text layer are read by Tesseract: the two bundled scans (French, Spanish; printed, rendered to an
/// image and printed again, so neither PdfPig nor poppler finds a word), a document mixing a text page and a scanned
/// one, a blank drawing, and a 40-page scan made here with qpdf that the page cap and the time limit must bound.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class OcrExtractionTests : IDisposable
{
    private static readonly string FrenchScan = Path.Combine(TestPaths.Statements, "2019", "csocd57-oral-statement-scan.pdf");
    private static readonly string SpanishScan = Path.Combine(TestPaths.Statements, "2022", "hrc49-declaracion-oral-salud-mental-scan.pdf");

    private readonly string _dir = TestPaths.NewTempDirectory("mmm-ocr-test");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task TheFrenchScanIsReadByOcrInFrenchAndSaysWhichPagesWereRecognised()
    {
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(FrenchScan, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(TextExtractor.Tesseract, document.Extractor);
        Assert.Equal([1], document.OcrPages);
        Assert.Equal([1], document.Pages.Select(p => p.Number));
        Assert.Contains("Nos membres en France, au Pérou et au Cameroun", Squash(document.Text), StringComparison.Ordinal);
        Assert.Contains("la protection sociale reste pensée pour un travailleur", Squash(document.Text), StringComparison.Ordinal);
        // The sidecar says French: Tesseract's French pack alone.
        Assert.Contains("(OCR, fra)", document.Detail, StringComparison.Ordinal);
        AssertNoRecognitionProcessLeft();
    }

    [Fact]
    public async Task TheSpanishScanIsReadWithTheSpanishPackItsSidecarNames()
    {
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(SpanishScan, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(TextExtractor.Tesseract, document.Extractor);
        Assert.Equal([1], document.OcrPages);
        Assert.Contains("(OCR, spa)", document.Detail, StringComparison.Ordinal);
        // ñ and the accents are what a French or English pack gets wrong ("Senor", "Espana").
        Assert.Contains("Señor Presidente", Squash(document.Text), StringComparison.Ordinal);
        Assert.Contains("en Argentina, España y México", Squash(document.Text), StringComparison.Ordinal);
        Assert.Contains("La depresión posparto", Squash(document.Text), StringComparison.Ordinal);
        Assert.Contains("las matronas", Squash(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASidecarTheSpanishScanIsGuessedToBeSpanishAndReadAgainInSpanish()
    {
        var copy = Path.Combine(_dir, "escaneo.pdf");
        File.Copy(SpanishScan, copy);
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(copy, CancellationToken.None);

        Assert.Equal(TextExtractor.Tesseract, document.Extractor);
        Assert.Contains("(OCR, spa)", document.Detail, StringComparison.Ordinal);
        Assert.Contains("Señor Presidente", Squash(document.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASidecarTheFrenchScanIsReadWithTheFrenchAndEnglishPacks()
    {
        var copy = Path.Combine(_dir, "scan.pdf");
        File.Copy(FrenchScan, copy);
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(copy, CancellationToken.None);

        Assert.Contains("(OCR, fra+eng)", document.Detail, StringComparison.Ordinal);
        Assert.Contains("au Cameroun", Squash(document.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "fra")]
    [InlineData("en", "eng")]
    [InlineData("es", "spa")]
    [InlineData("es-ES", "spa")]
    [InlineData("FR", "fra")]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void TheLanguagePacksFollowTheStatementsLanguage(string? language, string? packs) =>
        Assert.Equal(packs, TextRecognizer.LanguagePacks(language));

    [Fact]
    public async Task InADocumentWithATextPageAndAScannedPageOnlyTheScannedPageIsRecognised()
    {
        var mixed = Path.Combine(_dir, "mixed.pdf");
        await RunAsync("qpdf", "--empty", "--pages", Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf"), "1", FrenchScan, "1", "--", mixed);
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(mixed, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(TextExtractor.PdfPig, document.Extractor);
        Assert.Equal(2, document.PageCount);
        Assert.Equal([2], document.OcrPages);
        Assert.Contains("E/CN.6/2024/NGO/108", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("au Cameroun", Squash(document.Pages[1].Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWhoseImageHoldsNoWordsLeavesTheFileWithoutTextAndSaysSo()
    {
        var blank = Path.Combine(_dir, "blank.pdf");
        HostilePdfs.BlankDrawing(blank);
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(blank, CancellationToken.None);

        Assert.Equal(ExtractionStatus.NoTextLayer, document.Status);
        Assert.Equal(TextExtractor.None, document.Extractor);
        Assert.Empty(document.OcrPages);
        Assert.Contains("text recognition read no words", document.Detail, StringComparison.Ordinal);
        AssertNoRecognitionProcessLeft();
    }

    [Fact]
    public async Task WithOcrOffAScanHasNoTextAsBefore()
    {
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default with { UseOcr = false });

        var document = await extractor.ExtractAsync(FrenchScan, CancellationToken.None);

        Assert.Equal(ExtractionStatus.NoTextLayer, document.Status);
        Assert.Empty(document.OcrPages);
        Assert.Empty(document.Pages);
    }

    [Fact]
    public async Task AFortyPageScanIsRecognisedUpToThePageCapAndTheNextFileIsReadInFull()
    {
        var forty = await FortyPageScanAsync();
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default with { OcrMaxPages = 3 });
        var document = await extractor.ExtractAsync(forty, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(TextExtractor.Tesseract, document.Extractor);
        Assert.Equal([1, 2, 3], document.OcrPages);
        Assert.Equal(3, document.PageCount);
        Assert.Equal(40, document.FilePageCount);
        Assert.Contains("on 3 of 40 pages without a text layer", document.Detail, StringComparison.Ordinal);
        Assert.All(document.Pages, p => Assert.Contains("au Cameroun", Squash(p.Text), StringComparison.Ordinal));
        AssertNoRecognitionProcessLeft();

        var next = await extractor.ExtractAsync(SpanishScan, CancellationToken.None);
        Assert.Contains("Señor Presidente", Squash(next.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageOverItsTimeLimitEndsTheFilesRecognitionKillsItsProcessesAndTheNextFileIsRead()
    {
        var forty = await FortyPageScanAsync();
        // No page can be rendered and read in a millisecond: the very first one is stopped.
        await using (var hurried = new DocumentExtractor(ExtractionOptions.Default with { OcrMaxPages = 40, OcrPageTimeout = TimeSpan.FromMilliseconds(1) }))
        {
            var document = await hurried.ExtractAsync(forty, CancellationToken.None);

            Assert.Equal(ExtractionStatus.NoTextLayer, document.Status);
            var failure = Assert.Single(document.ExtractorFailures, f => f.Extractor == TextExtractor.Tesseract);
            Assert.Equal(ExtractorFailureKind.TimedOut, failure.Kind);
            // The first timeout ends the file: no page after the first is tried.
            Assert.Contains("text recognition stopped on page 1", document.Detail, StringComparison.Ordinal);
            AssertNoRecognitionProcessLeft();
        }

        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);
        var next = await extractor.ExtractAsync(FrenchScan, CancellationToken.None);
        Assert.Equal(ExtractionStatus.Extracted, next.Status);
        Assert.Equal([1], next.OcrPages);
    }

    /// <summary>The French scan's one page, forty times over, by qpdf: an image-only PDF of 40 pages.</summary>
    private async Task<string> FortyPageScanAsync()
    {
        var path = Path.Combine(_dir, "forty.pdf");
        await RunAsync("qpdf", ["--empty", "--pages", .. Enumerable.Repeat(FrenchScan, 40), "--", path]);
        return path;
    }

    // Recognised text keeps the lines of the page; a phrase may run across one.
    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AssertNoRecognitionProcessLeft()
    {
        Assert.Empty(ProcessTable.ChildrenOfThisProcess(TextRecognizer.PdfToPpm));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess(TextRecognizer.TesseractProgram));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("prlimit"));
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var result = await ChildProcess.RunAsync(program, arguments, new ProcessLimits { Timeout = TimeSpan.FromSeconds(60) }, CancellationToken.None);
        Assert.True(result.ExitCode == 0, $"{program} exited with {result.ExitCode}: {result.FirstStderrLine}");
    }
}

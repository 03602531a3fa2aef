using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// PdfPig as the PDF extractor, on the bundled statements (printed by chromium, tools/): the same words as today's
/// pdftotext, the metadata pdfinfo reads, and the two-column statement read column by column.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PdfPigExtractionTests(ITestOutputHelper output)
{
    private const string TwoColumns = "2023/enquete-sante-mentale-meres-europe.pdf";

    private static string Statement(string relative) => Path.Combine(TestPaths.Statements, relative);

    [Fact]
    public async Task TheBundledPdfsExtractToTheSameWordsAsPdftotext()
    {
        var files = Directory.EnumerateFiles(TestPaths.Statements, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 30, $"{files.Count} bundled PDFs");
        await using var pdfPig = new DocumentExtractor(ExtractionOptions.Default);
        await using var poppler = new DocumentExtractor(ExtractionOptions.Default with { UsePdfPig = false });

        long shared = 0, ours = 0, theirs = 0;
        var worst = 1.0;
        foreach (var file in files)
        {
            var mine = await pdfPig.ExtractAsync(file, CancellationToken.None);
            var reference = await poppler.ExtractAsync(file, CancellationToken.None);
            Assert.Equal(reference.Status, mine.Status);
            if (!reference.Succeeded)
            {
                continue;
            }
            if (reference.Extractor == TextExtractor.Tesseract)
            {
                // The scans have no text layer for either reader: both hand them to the same text recognition.
                Assert.Equal(TextExtractor.Tesseract, mine.Extractor);
                Assert.Equal(reference.Text, mine.Text);
                continue;
            }
            Assert.True(mine.Extractor == TextExtractor.PdfPig, $"{file}: {mine.Extractor}, {mine.Detail}");
            Assert.Equal(TextExtractor.Poppler, reference.Extractor);
            Assert.Equal(reference.PageCount, mine.PageCount);
            Assert.Equal(reference.Title, mine.Title);
            Assert.Equal(reference.Masthead, mine.Masthead);
            var precision = TokenOverlap.Precision(mine.Text, reference.Text);
            var recall = TokenOverlap.Recall(mine.Text, reference.Text);
            var f1 = 2 * precision * recall / Math.Max(precision + recall, 1e-9);
            worst = Math.Min(worst, f1);
            output.WriteLine($"{Path.GetRelativePath(TestPaths.Statements, file),-55} F1 {f1:0.0000}  P {precision:0.0000}  R {recall:0.0000}");
            var mineTokens = TokenOverlap.Tokens(mine.Text).Count;
            var theirTokens = TokenOverlap.Tokens(reference.Text).Count;
            ours += mineTokens;
            theirs += theirTokens;
            shared += (long)Math.Round(recall * theirTokens);
        }
        var microP = shared / (double)ours;
        var microR = shared / (double)theirs;
        var microF1 = 2 * microP * microR / (microP + microR);
        output.WriteLine($"all bundled PDFs: F1 {microF1:0.0000} (P {microP:0.0000}, R {microR:0.0000}), worst file {worst:0.0000}");

        Assert.True(microF1 >= 0.995, $"F1 {microF1:0.0000}");
        Assert.True(worst >= 0.97, $"worst file F1 {worst:0.0000}");
    }

    [Theory]
    [InlineData("février 2023 une enquête en ligne auprès de 9 142 mères vivant dans seize pays européens")]
    [InlineData("portait sur l’état de santé mentale des répondantes")]
    [InlineData("dans la santé mentale des mères, c’est investir dans la santé de toute la famille et de la génération qui vient")]
    public async Task TheTwoColumnStatementReadsEachColumnThroughSoItsPhrasesCanBeFound(string phrase)
    {
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(Statement(TwoColumns), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(TextExtractor.PdfPig, document.Extractor);
        // Lines end inside a column; a phrase search sees words, so line ends count as spaces.
        Assert.Contains(phrase, string.Join(' ', document.Text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task MetadataComesFromTheDocumentInformationAndTheCatalog()
    {
        await using var extractor = new DocumentExtractor(ExtractionOptions.Default);

        var document = await extractor.ExtractAsync(Statement(TwoColumns), CancellationToken.None);

        Assert.Equal("Enquête 2023\u00A0: la santé mentale des mères en Europe", document.Title);
        Assert.Equal("fr", document.MetadataLanguage);
        Assert.NotNull(document.CreationDate);
        Assert.Equal(2, document.FilePageCount);
        // Only a masthead dates a statement: the creation date is when the file was printed.
        Assert.Null(document.Date);
    }

    [Fact]
    public async Task ConcurrentExtractionsShareAtMostOneWorkerPerCoreAndDisposingStopsThem()
    {
        var files = Directory.EnumerateFiles(TestPaths.Statements, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var extractor = new DocumentExtractor(ExtractionOptions.Default);
        IReadOnlyList<int> workers;
        try
        {
            var documents = await Task.WhenAll(files.Select(f => Task.Run(() => extractor.ExtractAsync(f, CancellationToken.None))));
            foreach (var failure in documents.SelectMany(d => d.ExtractorFailures))
            {
                output.WriteLine($"{failure.Extractor} {failure.Kind}: {failure.Detail}");
            }

            // Every file with a text layer is read by PdfPig; the two scans by text recognition.
            Assert.All(documents.Where(d => d.Succeeded && d.OcrPages.Count == 0), d => Assert.Equal(TextExtractor.PdfPig, d.Extractor));
            Assert.Equal(2, documents.Count(d => d.Extractor == TextExtractor.Tesseract));
            Assert.InRange(extractor.PdfWorkers!.WorkersStarted, 1, Environment.ProcessorCount);
            workers = extractor.PdfWorkers.WorkerProcessIds;
            Assert.NotEmpty(workers);
            Assert.All(workers, pid => Assert.Contains(ProcessTable.Snapshot(), e => e.Pid == pid && e.CommandLine.Contains(PdfPigWorker.AssemblyFile)));
        }
        finally
        {
            await extractor.DisposeAsync();
        }

        // Only this extractor's workers: other tests' extractors may still have idle ones.
        Assert.All(workers, pid => Assert.DoesNotContain(ProcessTable.Snapshot(), e => e.Pid == pid));
    }

    [Fact]
    public async Task TheWorkerIsReportedAvailableAndOneThatCannotStartLeavesPdfsToPoppler()
    {
        Assert.True(DocumentExtractor.PdfWorkerAvailable(ExtractionOptions.Default, out var message), message);

        // Poppler's 1 GiB is too little for the .NET runtime to start at all: the check must say so, not hang.
        var tooSmall = ExtractionOptions.Default with { PdfWorkerHeapLimitBytes = 256L << 20, PdfWorkerAddressSpaceBytes = 1L << 30 };
        Assert.False(DocumentExtractor.PdfWorkerAvailable(tooSmall, out var problem));
        Assert.Contains("does not start", problem);

        // And a build with such a worker still reads its PDFs, with poppler, saying why.
        await using var extractor = new DocumentExtractor(tooSmall);
        var document = await extractor.ExtractAsync(Statement(TwoColumns), CancellationToken.None);
        Assert.Equal((ExtractionStatus.Extracted, TextExtractor.Poppler), (document.Status, document.Extractor));
        Assert.Equal(ExtractorFailureKind.NotStarted, Assert.Single(document.ExtractorFailures).Kind);
        Assert.Empty(extractor.PdfWorkers!.WorkerProcessIds);
    }

    [Fact]
    public async Task AnIdleWorkerStopsByItselfWhenNobodyDisposesTheExtractor()
    {
        // As an upload's extractor, which is never disposed: its worker must not live as long as the site.
        var extractor = new DocumentExtractor(ExtractionOptions.Default with { PdfWorkerIdleTimeout = TimeSpan.FromSeconds(1) });
        var document = await extractor.ExtractAsync(Statement(TwoColumns), CancellationToken.None);
        Assert.Equal(TextExtractor.PdfPig, document.Extractor);
        var worker = Assert.Single(extractor.PdfWorkers!.WorkerProcessIds);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (ProcessTable.Snapshot().Any(e => e.Pid == worker) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        Assert.DoesNotContain(ProcessTable.Snapshot(), e => e.Pid == worker);
        Assert.Empty(extractor.PdfWorkers.WorkerProcessIds);
    }
}

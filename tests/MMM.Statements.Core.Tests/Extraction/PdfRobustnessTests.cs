using System.Diagnostics;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// Runs the 81 hard PDFs of the shared robustness set through the whole extraction path and checks that each ends
/// with the outcome poppler's recorded behaviour calls for (RESULTS.tsv), or with PdfPig's text where PdfPig reads a
/// file poppler cannot, within both readers' time limits, leaving no process.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PdfRobustnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(5);

    private sealed record Recorded(string File, long Bytes, string ExitCode, double Seconds, int Chars, string FirstStderrLine);

    [Fact]
    public async Task EveryHardPdfEndsWithTheOutcomePopplerCallsForAndLeavesNoProcess()
    {
        var folder = TestPaths.SharedData("pdf-robustness");
        var recorded = File.ReadAllLines(Path.Combine(folder, "RESULTS.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(f => new Recorded(f[0], long.Parse(f[1]), f[2], double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[4]), f.Length > 8 ? f[8] : ""))
            .ToList();
        Assert.Equal(81, recorded.Count);

        var options = new ExtractionOptions { Timeout = ShortTimeout };
        await using var extractor = new DocumentExtractor(options);
        using var gate = new SemaphoreSlim(2);
        var results = await Task.WhenAll(recorded.Select(async r =>
        {
            await gate.WaitAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                var document = await extractor.ExtractAsync(Path.Combine(folder, r.File), CancellationToken.None);
                return (Recorded: r, Document: document, Elapsed: clock.Elapsed);
            }
            finally
            {
                gate.Release();
            }
        }));

        var mismatches = new List<string>();
        foreach (var (r, document, elapsed) in results)
        {
            var expected = Expected(r, Path.Combine(folder, r.File));
            output.WriteLine($"{r.File}\t{document.Status}\t{elapsed.TotalSeconds:0.00}s\t{document.Detail}");
            // A file poppler needed more than a fifth of the short timeout for (569 pages) may run out of it on a
            // loaded 2-core machine; it must then say so, and the next test reads it in full with the default timeout.
            var slowButFine = r.Seconds > ShortTimeout.TotalSeconds / 5 && document.Status == ExtractionStatus.TimedOut;
            // PdfPig reads first: a file it reads where poppler could not is extracted, by PdfPig.
            var readByPdfPig = document.Status == ExtractionStatus.Extracted && document.Extractor == TextExtractor.PdfPig;
            // A file with no text layer is recognised: when its image holds words, it is extracted, by Tesseract.
            var readByOcr = expected == ExtractionStatus.NoTextLayer && document.Status == ExtractionStatus.Extracted && document.Extractor == TextExtractor.Tesseract;
            if (document.Status != expected && !slowButFine && !readByPdfPig && !readByOcr)
            {
                mismatches.Add($"{r.File}: expected {expected}, got {document.Status} ({document.Detail})");
            }
            // Generous bound: PdfPig's limit for the file's length, then poppler's, plus the time to kill, reap and
            // start readers on a loaded 2-core machine; with the recognition's limit when pages without a text layer went
            // through it (even those whose image held no words, which OcrPages does not list: huridocs/some_empty_pages.pdf).
            var recognised = document.Detail.Contains("(OCR,", StringComparison.Ordinal);
            var ocr = document.Status == ExtractionStatus.NoTextLayer || document.OcrPages.Count > 0 || recognised ? options.OcrPageTimeout * options.OcrMaxPages : TimeSpan.Zero;
            var limit = options.PdfPigTimeout(document.FilePageCount ?? 0) + ShortTimeout + ocr + TimeSpan.FromSeconds(15);
            Assert.True(elapsed < limit, $"{r.File} took {elapsed}, limit {limit}");
        }
        Assert.Empty(mismatches);

        var looping = results.Where(x => x.Recorded.ExitCode == "timeout").ToList();
        Assert.NotEmpty(looping);
        Assert.All(looping.Where(x => x.Document.Extractor != TextExtractor.PdfPig), x =>
        {
            Assert.Equal(ExtractionStatus.TimedOut, x.Document.Status);
            Assert.True(x.Elapsed >= ShortTimeout - TimeSpan.FromMilliseconds(100), $"{x.Recorded.File}: {x.Elapsed}");
        });

        // The set's two real scans have no text layer: text recognition reads them.
        Assert.All(results.Where(x => x.Recorded.File is "huridocs/ocr-sample-english.pdf" or "huridocs/ocr-sample-french.pdf"), x =>
            Assert.Equal(TextExtractor.Tesseract, x.Document.Extractor));

        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdfinfo"));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess(TextRecognizer.PdfToPpm));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess(TextRecognizer.TesseractProgram));
        var workers = extractor.PdfWorkers!.WorkerProcessIds;
        await extractor.DisposeAsync();
        Assert.All(workers, pid => Assert.DoesNotContain(ProcessTable.Snapshot(), e => e.Pid == pid));
    }

    [Fact]
    public async Task AFiveHundredPageDocumentIsReadInFullWithinTheDefaultTimeout()
    {
        var path = TestPaths.SharedData("pdf-robustness", "pdfpig", "GHOSTSCRIPT-700125-1.pdf");

        var document = await new DocumentExtractor(ExtractionOptions.Default).ExtractAsync(path, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(569, document.PageCount);
        Assert.True(document.Text.Length > 500_000, $"{document.Text.Length} characters");
    }

    [Fact]
    public async Task ThePageCapStopsALongDocumentAndSaysSo()
    {
        var path = TestPaths.SharedData("pdf-robustness", "pdfpig", "GHOSTSCRIPT-700125-1.pdf");

        var document = await new DocumentExtractor(new ExtractionOptions { MaxPages = 10 }).ExtractAsync(path, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(10, document.PageCount);
        Assert.Contains("10 pages lues sur 569", document.Detail);
    }

    [Fact]
    public async Task TextBeyondTheOutputCapIsCutAndTheDocumentStillExtracted()
    {
        var path = TestPaths.SharedData("pdf-robustness", "pdfpig", "GHOSTSCRIPT-700125-1.pdf");

        var document = await new DocumentExtractor(new ExtractionOptions { MaxOutputBytes = 100_000 }).ExtractAsync(path, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Contains("texte tronqué à 100000 octets", document.Detail);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(document.Text), 50_000, 100_000);
        Assert.InRange(document.PageCount, 2, 568);
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
    }

    [Fact]
    public async Task TheFileThatFloodsStderrIsReportedWithoutHangingOrKeepingEveryLine()
    {
        var path = TestPaths.SharedData("pdf-robustness", "pdfpig", "stackoverflow_error.pdf");
        var result = await ChildProcess.RunAsync("pdftotext", [path, "-"], new ProcessLimits { Timeout = TimeSpan.FromSeconds(20), MaxStderrChars = 4096 }, CancellationToken.None);

        Assert.False(result.TimedOut);
        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.StderrLines > 100_000, $"{result.StderrLines} stderr lines");
        Assert.True(result.Stderr.Length <= 4096);
        Assert.StartsWith("Syntax Warning: May not be a PDF file", result.FirstStderrLine);
    }

    /// <summary>The outcome that matches what poppler did with the file.</summary>
    private static ExtractionStatus Expected(Recorded r, string path)
    {
        if (r.Bytes == 0)
        {
            return ExtractionStatus.Empty;
        }
        var head = File.ReadAllBytes(path).Take(1024).ToArray();
        if (head.AsSpan().IndexOf("%PDF-"u8) < 0)
        {
            // Poppler itself warns "May not be a PDF file"; by magic bytes it is not one.
            return ExtractionStatus.NotSupported;
        }
        return r.ExitCode switch
        {
            "timeout" => ExtractionStatus.TimedOut,
            "0" when r.Chars > 0 => ExtractionStatus.Extracted,
            "0" => ExtractionStatus.NoTextLayer,
            _ when r.FirstStderrLine.Contains("Incorrect password") => ExtractionStatus.PasswordProtected,
            _ => ExtractionStatus.Damaged,
        };
    }
}

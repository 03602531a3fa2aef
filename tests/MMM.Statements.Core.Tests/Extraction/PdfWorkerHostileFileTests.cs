using System.Diagnostics;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// Files that kill, exhaust or confuse PdfPig: each ends within its time limit with a typed status, poppler reads
/// what it can, the worker is replaced, the good files between them are still read by PdfPig, and no worker is
/// left once the extractor is disposed or the extraction cancelled.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PdfWorkerHostileFileTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ExtractionOptions Options = ExtractionOptions.Default with
    {
        // One worker, so a replacement shows as a second start; short limits keep the run short.
        PdfWorkers = 1,
        PdfPigBaseTimeout = TimeSpan.FromSeconds(8),
        Timeout = TimeSpan.FromSeconds(10),
    };

    // Time to kill, reap and start the next reader on a loaded 2-core machine, on top of both readers' limits.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(15);

    private readonly string _dir = TestPaths.NewTempDirectory("mmm-hostile");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Make(string name) => Path.Combine(_dir, name);

    [Fact]
    public async Task EachHostileFileEndsInTimeWithATypedStatusAndTheGoodFilesAroundItAreStillReadByPdfPig()
    {
        var good = Path.Combine(TestPaths.Statements, "2024", "csw68-written-statement-fr.pdf");
        HostilePdfs.FormChain(Make("stack-overflow.pdf"));
        await HostilePdfs.CompressionBombAsync(Make("bomb.pdf"));
        HostilePdfs.DeepNesting(Make("deep-nesting.pdf"));
        await HostilePdfs.EncryptedAsync(good, Make("encrypted.pdf"));
        HostilePdfs.Truncated(good, Make("truncated.pdf"));
        HostilePdfs.Garbage(Make("garbage.pdf"));

        await using var extractor = new DocumentExtractor(Options);
        var pool = extractor.PdfWorkers!;
        var seen = new Dictionary<string, ExtractedDocument>();
        foreach (var name in new[] { "stack-overflow.pdf", "bomb.pdf", "deep-nesting.pdf", "encrypted.pdf", "truncated.pdf", "garbage.pdf" })
        {
            var clock = Stopwatch.StartNew();
            var document = await extractor.ExtractAsync(Make(name), CancellationToken.None);
            var elapsed = clock.Elapsed;
            output.WriteLine($"{name,-20} {document.Status,-17} {document.Extractor,-8} {elapsed.TotalSeconds,5:0.0} s  {string.Join(" | ", document.ExtractorFailures.Select(f => $"{f.Extractor} {f.Kind}"))}  {document.Detail}");
            Assert.True(elapsed < Options.PdfPigTimeout(1) + Options.Timeout + Slack, $"{name} took {elapsed}");
            Assert.False(string.IsNullOrWhiteSpace(ExtractionMessages.French(document.Status)));
            seen[name] = document;

            // The next good file is read by PdfPig again, by a fresh worker if this one died.
            var next = await extractor.ExtractAsync(good, CancellationToken.None);
            Assert.Equal(ExtractionStatus.Extracted, next.Status);
            Assert.Equal(TextExtractor.PdfPig, next.Extractor);
        }

        // The stack overflow kills the worker (.NET cannot catch it); poppler reads the file.
        var overflow = seen["stack-overflow.pdf"];
        Assert.Equal(ExtractorFailureKind.Crashed, Assert.Single(overflow.ExtractorFailures).Kind);
        Assert.Contains("Stack overflow", overflow.Detail);
        Assert.Equal((ExtractionStatus.Extracted, TextExtractor.Poppler), (overflow.Status, overflow.Extractor));
        Assert.Contains("Formulaires en chaine", overflow.Text);

        // The bomb meets PdfPig's memory ceiling or its time limit, never the machine's memory.
        var bomb = seen["bomb.pdf"];
        Assert.Contains(bomb.ExtractorFailures[0].Kind, new[] { ExtractorFailureKind.OutOfMemory, ExtractorFailureKind.TimedOut });
        Assert.Contains(bomb.Status, new[] { ExtractionStatus.Extracted, ExtractionStatus.TimedOut });

        // Deep nesting: PdfPig refuses past its nesting limit, poppler reads the page.
        var deep = seen["deep-nesting.pdf"];
        Assert.Equal((ExtractionStatus.Extracted, TextExtractor.Poppler), (deep.Status, deep.Extractor));
        Assert.Contains("Tableaux imbriques", deep.Text);

        var encrypted = seen["encrypted.pdf"];
        Assert.Equal((ExtractionStatus.PasswordProtected, TextExtractor.None), (encrypted.Status, encrypted.Extractor));
        Assert.Equal([TextExtractor.PdfPig, TextExtractor.Poppler], encrypted.ExtractorFailures.Select(f => f.Extractor));

        Assert.Contains(seen["truncated.pdf"].Status, new[] { ExtractionStatus.Extracted, ExtractionStatus.Damaged });
        Assert.Equal((ExtractionStatus.Damaged, TextExtractor.None), (seen["garbage.pdf"].Status, seen["garbage.pdf"].Extractor));

        // The dead and the exhausted workers were replaced.
        Assert.True(pool.WorkersStarted >= 3, $"{pool.WorkersStarted} workers started");
        var last = Assert.Single(pool.WorkerProcessIds);
        await extractor.DisposeAsync();
        Assert.DoesNotContain(ProcessTable.Snapshot(), e => e.Pid == last);
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
    }

    [Fact]
    public async Task CancellingAnExtractionKillsTheBusyWorkerAndLeavesNoProcess()
    {
        await HostilePdfs.CompressionBombAsync(Make("bomb.pdf"));
        await using var extractor = new DocumentExtractor(Options with { PdfPigBaseTimeout = TimeSpan.FromSeconds(120), PdfPigMaxTimeout = TimeSpan.FromSeconds(120) });
        using var cancel = new CancellationTokenSource();

        var extraction = extractor.ExtractAsync(Make("bomb.pdf"), cancel.Token);
        // Cancel once the worker has the file: it is alive and busy, not yet started or already done.
        var deadline = Stopwatch.StartNew();
        while (extractor.PdfWorkers!.WorkerProcessIds.Count == 0 && !extraction.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }
        var workers = extractor.PdfWorkers.WorkerProcessIds;
        Assert.Single(workers);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction);
        Assert.DoesNotContain(ProcessTable.Snapshot(), e => e.Pid == workers[0]);
        Assert.Empty(extractor.PdfWorkers.WorkerProcessIds);
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
    }
}

using System.Diagnostics;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>
/// A build over a folder that holds the files that kill, exhaust or confuse PdfPig beside ordinary statements: every
/// other file is indexed, each hostile file is reported with a typed status or read by poppler, and no PdfPig worker
/// is left once the build ends or is cancelled.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class HostileCorpusBuildTests : IDisposable
{
    private static readonly ExtractionOptions Limits = ExtractionOptions.Default with
    {
        PdfWorkers = 1,
        PdfPigBaseTimeout = TimeSpan.FromSeconds(8),
        Timeout = TimeSpan.FromSeconds(10),
    };

    private static readonly string[] Good =
    [
        "2024/csw68-written-statement-fr.pdf",
        "2025/hrc58-written-statement-en.pdf",
        "2025/csw69-written-statement-es.pdf",
    ];

    private readonly string _root = TestPaths.NewTempDirectory("mmm-hostile-build");
    private readonly string _source;

    public HostileCorpusBuildTests()
    {
        _source = Path.Combine(_root, "statements");
        Directory.CreateDirectory(Path.Combine(_source, "2026"));
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(_source, "taxonomy.json"));
        foreach (var relative in Good)
        {
            var target = Path.Combine(_source, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(TestPaths.Statements, relative), target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Hostile(string name) => Path.Combine(_source, "2026", name);

    private StatementIndexer Indexer(string index) => new(new IndexerOptions { SourceDirectory = _source, IndexDirectory = index, Extraction = Limits });

    [Fact]
    public async Task ABuildThatMeetsHostilePdfsIndexesEveryOtherFileAndLeavesNoWorker()
    {
        var good = Path.Combine(TestPaths.Statements, Good[0]);
        HostilePdfs.FormChain(Hostile("stack-overflow.pdf"));
        await HostilePdfs.CompressionBombAsync(Hostile("bomb.pdf"));
        HostilePdfs.DeepNesting(Hostile("deep-nesting.pdf"));
        await HostilePdfs.EncryptedAsync(good, Hostile("encrypted.pdf"));
        HostilePdfs.Truncated(good, Hostile("truncated.pdf"));
        HostilePdfs.Garbage(Hostile("garbage.pdf"));
        var index = Path.Combine(_root, "index");

        var summary = await Indexer(index).BuildAsync(full: true);

        using var live = new StatementIndex(index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Empty(live.Verify());
        foreach (var relative in Good)
        {
            var statement = live.Get(StatementIndexer.IdOf(relative));
            Assert.NotNull(statement);
            Assert.NotEmpty(statement.Pages);
        }
        // Poppler reads what PdfPig could not; what neither reads is a failure with its reason, not a hole in the build.
        Assert.NotNull(live.Get(StatementIndexer.IdOf("2026/stack-overflow.pdf")));
        Assert.NotNull(live.Get(StatementIndexer.IdOf("2026/deep-nesting.pdf")));
        var failures = summary.Failures.ToDictionary(f => Path.GetFileName(f.Path), f => f.Status);
        Assert.Equal(ExtractionStatus.PasswordProtected, failures["encrypted.pdf"]);
        Assert.Equal(ExtractionStatus.Damaged, failures["garbage.pdf"]);
        Assert.All(summary.Failures, f => Assert.StartsWith("2026/", f.Path, StringComparison.Ordinal));
        Assert.All(summary.Failures, f => Assert.NotEqual(ExtractionStatus.Extracted, f.Status));
        // Every file is a statement all the same, found by its metadata: nothing is dropped from the build.
        Assert.Equal(Good.Length + 6, summary.Statements);
        Assert.Empty(ProcessTable.PdfWorkersBelow(Environment.ProcessId));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
    }

    [Fact]
    public async Task ACancelledBuildLeavesNoWorkerAndTheIndexAsItWas()
    {
        var index = Path.Combine(_root, "index");
        await Indexer(index).BuildAsync(full: true);
        string before;
        using (var first = new StatementIndex(index))
        {
            before = first.Info!.FileName;
        }
        await HostilePdfs.CompressionBombAsync(Hostile("bomb.pdf"));
        using var cancel = new CancellationTokenSource();
        var slow = new IndexerOptions
        {
            SourceDirectory = _source,
            IndexDirectory = index,
            Extraction = Limits with { PdfPigBaseTimeout = TimeSpan.FromSeconds(120), PdfPigMaxTimeout = TimeSpan.FromSeconds(120) },
        };

        var build = new StatementIndexer(slow).BuildAsync(full: true, cancellationToken: cancel.Token);
        // Cancel once a worker is busy on the bomb (the ordinary files go fast; the bomb holds it for minutes).
        var waited = Stopwatch.StartNew();
        IReadOnlyList<ProcessTable.Entry> workers = [];
        while (!build.IsCompleted && waited.Elapsed < TimeSpan.FromMinutes(2) && (workers = ProcessTable.PdfWorkersBelow(Environment.ProcessId)).Count == 0)
        {
            await Task.Delay(50);
        }
        Assert.NotEmpty(workers);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);
        Assert.All(workers, w => Assert.False(ProcessTable.IsAlive(w.Pid), $"worker {w.Pid} outlived the cancelled build"));
        Assert.Empty(ProcessTable.PdfWorkersBelow(Environment.ProcessId));
        using var after = new StatementIndex(index);
        Assert.Equal(before, after.Info!.FileName);
        Assert.Empty(after.Verify());
    }
}

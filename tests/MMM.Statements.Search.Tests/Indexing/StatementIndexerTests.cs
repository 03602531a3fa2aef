using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>The indexer on real files: a small statements folder copied from the sample corpus, real pdftotext.</summary>
public sealed class StatementIndexerTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-indexer");
    private readonly string _source;
    private readonly string _index;

    public StatementIndexerTests()
    {
        _source = Path.Combine(_root, "statements");
        _index = Path.Combine(_root, "index");
        Directory.CreateDirectory(_source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(_source, "taxonomy.json"));
        // A news page with the PDF declaration it links to, and a statement that stands alone.
        var linking = Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains(".pdf\"", StringComparison.Ordinal) && File.ReadAllText(f).Contains("Déclaration téléchargeable", StringComparison.Ordinal));
        CopyFromCorpus(linking);
        var html = File.ReadAllText(linking);
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]+\\.pdf)\"").Groups[1].Value;
        CopyFromCorpus(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(linking)!, href)));
        CopyFromCorpus(Directory.GetFiles(TestPaths.Statements, "*.pdf", SearchOption.AllDirectories).First(f => f.Contains("hrc", StringComparison.Ordinal)));
        LinkedPage = Path.GetRelativePath(TestPaths.Statements, linking).Replace('\\', '/');
    }

    private string LinkedPage { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void CopyFromCorpus(string file)
    {
        var relative = Path.GetRelativePath(TestPaths.Statements, file);
        var target = Path.Combine(_source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }

    private StatementIndexer Indexer() => new(new IndexerOptions { SourceDirectory = _source, IndexDirectory = _index });

    [Fact]
    public async Task ANewsPageAndTheDeclarationItLinksAreOneStatementWithTwoFiles()
    {
        var summary = await Indexer().BuildAsync(full: false);

        Assert.Equal(2, summary.Statements);
        Assert.Equal(3, summary.Files);
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        var details = index.Get(StatementIndexer.IdOf(LinkedPage))!;
        Assert.Equal(2, details.Files.Count);
        Assert.Equal(DocumentFormat.Html, details.Files[0].Format);
        Assert.Equal(DocumentFormat.Pdf, details.Files[1].Format);
    }

    [Fact]
    public async Task AnUnchangedFolderIsNotRebuiltAndAChangedFileIsReExtracted()
    {
        var first = await Indexer().BuildAsync(full: false);
        var second = await Indexer().BuildAsync(full: false);

        Assert.False(second.Changed);
        Assert.Equal(first.IndexFile, second.IndexFile);

        var added = Path.Combine(_source, "2026", "nouvelle.html");
        Directory.CreateDirectory(Path.GetDirectoryName(added)!);
        await File.WriteAllTextAsync(added, "<!doctype html><html lang=\"fr\"><head><title>Note sur les crèches</title></head><body><article><h1>Note sur les crèches</h1><p>12.01.26</p><p>Les crèches manquent cruellement de places pour les mères qui travaillent, surtout en zone rurale.</p></article></body></html>");
        var third = await Indexer().BuildAsync(full: false);

        Assert.True(third.Changed);
        Assert.Equal(3, third.Statements);
        Assert.Equal(3, third.Unchanged);
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal(1, index.Search(new SearchRequest { Query = "crèches" }).Total);

        File.Delete(added);
        var fourth = await Indexer().BuildAsync(full: false);
        Assert.Equal(2, fourth.Statements);
        Assert.True(index.Refresh());
        Assert.Equal(0, index.Search(new SearchRequest { Query = "crèches" }).Total);
    }

    [Fact]
    public async Task ABadFileIsListedWithItsReasonAndTheRestIsIndexed()
    {
        await File.WriteAllBytesAsync(Path.Combine(_source, "vide.pdf"), []);
        await File.WriteAllTextAsync(Path.Combine(_source, "pas-un-pdf.pdf"), "<html>not a pdf</html>");

        var summary = await Indexer().BuildAsync(full: false);

        Assert.Equal(2, summary.Statements);
        Assert.Contains(summary.Failures, f => f.Path == "vide.pdf" && f.Status == ExtractionStatus.Empty);
        Assert.Contains(summary.Failures, f => f.Path == "pas-un-pdf.pdf");
    }

    [Fact]
    public async Task ACancelledBuildLeavesTheLiveIndexServingAndNoFileBehind()
    {
        await Indexer().BuildAsync(full: false);
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        var live = index.Info!.FileName;
        using var cancel = new CancellationTokenSource();
        var progress = new Progress<IndexingProgress>(p =>
        {
            if (p.Stage == IndexingStage.Writing)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Indexer().BuildAsync(full: true, new SynchronousProgress(cancel), cancel.Token));

        Assert.True(index.Refresh());
        Assert.Equal(live, index.Info!.FileName);
        Assert.Equal(2, index.Search(new SearchRequest()).Total);
        Assert.Equal([live], Directory.GetFiles(_index, "index-*.db").Select(Path.GetFileName));
        _ = progress;
    }

    [Fact]
    public async Task ASecondBuildWhileOneRunsIsRefused()
    {
        using var cancel = new CancellationTokenSource();
        var gate = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = Task.Run(() => Indexer().BuildAsync(full: true, new BlockingProgress(gate, release.Task)));
        await gate.Task;

        await Assert.ThrowsAsync<BuildAlreadyRunningException>(() => Indexer().BuildAsync(full: true));

        release.SetResult();
        var summary = await first;
        Assert.Equal(2, summary.Statements);
    }

    [Fact]
    public async Task ABuildHeldByAnotherLiveProcessIsRefusedAndAStaleLockIsTakenOver()
    {
        Directory.CreateDirectory(_index);
        var lockPath = Path.Combine(_index, "build.lock");
        using (var other = System.Diagnostics.Process.Start("sleep", "30"))
        {
            await File.WriteAllTextAsync(lockPath, other.Id + "\n");
            await Assert.ThrowsAsync<BuildAlreadyRunningException>(() => Indexer().BuildAsync(full: true));
            other.Kill();
            await other.WaitForExitAsync();
        }

        var summary = await Indexer().BuildAsync(full: true);

        Assert.Equal(2, summary.Statements);
        Assert.False(File.Exists(lockPath));
    }

    [Fact]
    public async Task LeftoversOfAnInterruptedBuildAreCleanedOnTheNextBuild()
    {
        await Indexer().BuildAsync(full: false);
        var orphan = Path.Combine(_index, "index-29991231T000000000Z.db");
        await File.WriteAllTextAsync(orphan, "half written");
        await File.WriteAllTextAsync(orphan + "-wal", "");

        await Indexer().BuildAsync(full: true);

        Assert.False(File.Exists(orphan));
        Assert.False(File.Exists(orphan + "-wal"));
    }

    private sealed class SynchronousProgress(CancellationTokenSource cancel) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            if (value.Stage == IndexingStage.Writing)
            {
                cancel.Cancel();
            }
        }
    }

    private sealed class BlockingProgress(TaskCompletionSource reached, Task release) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            if (value.Stage == IndexingStage.Extracting && reached.TrySetResult())
            {
                release.Wait();
            }
        }
    }
}

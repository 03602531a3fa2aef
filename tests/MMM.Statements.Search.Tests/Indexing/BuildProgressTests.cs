using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>What the admin page's progress bar is told while a full build extracts, tags and writes its statements.</summary>
public sealed class BuildProgressTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-build-progress");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AFullBuildReportsFilesDoneUpToAllOfThemWithoutGoingBack()
    {
        var source = Path.Combine(_root, "statements");
        Directory.CreateDirectory(source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(source, "taxonomy.json"));
        const int statements = 300;
        for (var i = 0; i < statements; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(source, $"note-{i:000}.html"),
                $"<!doctype html><html lang=\"fr\"><head><title>Note {i}</title></head><body><article><h1>Note {i}</h1>" +
                $"<p>ONU Genève – Note numéro {i} sur la protection sociale des mères et le travail de soin non rémunéré.</p></article></body></html>");
        }
        // A file that fails counts as done too: the bar still reaches its end.
        await File.WriteAllTextAsync(Path.Combine(source, "vide.html"), "");
        const int files = statements + 1;
        var reports = new List<IndexingProgress>();
        var indexer = new StatementIndexer(new IndexerOptions { SourceDirectory = source, IndexDirectory = Path.Combine(_root, "index") });

        var summary = await indexer.BuildAsync(full: true, new Recorder(reports));

        Assert.Equal(statements, summary.Statements);
        List<(IndexingStage Stage, int Done, int Total)> seen;
        lock (reports)
        {
            seen = reports.Select(r => (r.Stage, r.Done, r.Total)).ToList();
        }
        var extracting = seen.Where(r => r.Stage == IndexingStage.Extracting).ToList();
        var writing = seen.Where(r => r.Stage == IndexingStage.Writing).ToList();
        Assert.NotEmpty(extracting);
        Assert.All(extracting, r => Assert.Equal(files, r.Total));
        Assert.All(writing, r => Assert.Equal(files, r.Total));
        // Written a chunk at a time while the next one is read: many steps, not one at the end.
        Assert.True(writing.Select(r => r.Done).Distinct().Count() > 100, $"{writing.Count} writing reports");
        Assert.Equal(files, writing[^1].Done);
        Assert.Equal(writing.Select(r => r.Done).Order(), writing.Select(r => r.Done));
        Assert.True(seen.FindLastIndex(r => r.Stage == IndexingStage.Extracting) < seen.FindIndex(r => r.Stage == IndexingStage.Writing),
            "extraction reported after writing began");
        Assert.Equal(IndexingStage.Done, seen[^1].Stage);
    }

    private sealed class Recorder(List<IndexingProgress> reports) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}

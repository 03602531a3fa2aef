using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>What the admin page's progress bar is told while a full build tags its statements.</summary>
public sealed class BuildProgressTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-build-progress");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TaggingReportsHowManyStatementsAreTaggedUpToAllOfThem()
    {
        var source = Path.Combine(_root, "statements");
        Directory.CreateDirectory(source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(source, "taxonomy.json"));
        const int statements = 130;
        for (var i = 0; i < statements; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(source, $"note-{i:000}.html"),
                $"<!doctype html><html lang=\"fr\"><head><title>Note {i}</title></head><body><article><h1>Note {i}</h1>" +
                $"<p>ONU Genève – Note numéro {i} sur la protection sociale des mères et le travail de soin non rémunéré.</p></article></body></html>");
        }
        var reports = new List<IndexingProgress>();
        var indexer = new StatementIndexer(new IndexerOptions { SourceDirectory = source, IndexDirectory = Path.Combine(_root, "index") });

        var summary = await indexer.BuildAsync(full: true, new Recorder(reports));

        Assert.Equal(statements, summary.Statements);
        List<(IndexingStage Stage, int Done, int Total)> seen;
        lock (reports)
        {
            seen = reports.Select(r => (r.Stage, r.Done, r.Total)).ToList();
        }
        var tagging = seen.Where(r => r.Stage == IndexingStage.Tagging).ToList();
        Assert.All(tagging, r => Assert.Equal(statements, r.Total));
        Assert.Contains(tagging, r => r.Done == 100);
        Assert.Equal(statements, tagging[^1].Done);
        Assert.True(seen.FindLastIndex(r => r.Stage == IndexingStage.Tagging) < seen.FindIndex(r => r.Stage == IndexingStage.Writing),
            "tagging reported after writing began");
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

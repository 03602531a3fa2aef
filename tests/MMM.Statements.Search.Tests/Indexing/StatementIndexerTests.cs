using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>The indexer on real files: a small statements folder copied from the sample corpus, real pdftotext.</summary>
public sealed class StatementIndexerTests : IndexerFolder
{
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
        string[] Files() => Directory.GetFiles(_index).Select(Path.GetFileName).Where(n => n != "write.lock").Order(StringComparer.Ordinal).ToArray()!;
        var before = Files();
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
        Assert.Equal(before, Files());
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
    public async Task SearchesOfTheIndexBeingWrittenAnswerFromTheLastCommitMeanwhile()
    {
        await Indexer().BuildAsync(full: false);
        // As in the site: one StatementIndex, searched while its own writer builds anew.
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        var before = index.Search(new SearchRequest()).Total;
        var writing = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var indexer = new StatementIndexer(new IndexerOptions { SourceDirectory = _source, IndexDirectory = _index }, index);
        var build = Task.Run(() => indexer.BuildAsync(full: true, new BlockingProgress(writing, release.Task, IndexingStage.Writing)));
        await writing.Task;

        // The build stands still in the middle of writing; a search must not wait for it to end.
        try
        {
            var search = Task.Run(() => index.Search(new SearchRequest { Query = "mères" }));
            var finished = await Task.WhenAny(search, build, Task.Delay(TimeSpan.FromMinutes(2)));

            Assert.Same(search, finished);
            Assert.True((await search).Total > 0);
            Assert.Equal(before, index.Search(new SearchRequest()).Total);
        }
        finally
        {
            release.TrySetResult();
        }
        Assert.Equal(before, (await build).Statements);
    }

    [Fact]
    public async Task AChangedOrRemovedStatementRewritesTheIndexInsteadOfAppending()
    {
        await Indexer().BuildAsync(full: false);
        var page = Path.Combine(_source, LinkedPage);
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page)).Replace("</article>", "<p>Mise à jour : la question xylophonique.</p></article>", StringComparison.Ordinal));

        var changed = await Indexer().BuildAsync(full: false);

        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal("update", index.Info!.Mode);
        Assert.Equal(2, changed.Statements);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylophonique" }).Total);

        File.Delete(page);
        var removed = await Indexer().BuildAsync(full: false);

        Assert.True(index.Refresh());
        Assert.Equal("update", index.Info!.Mode);
        // The PDF the page linked now stands alone.
        Assert.Equal(2, removed.Statements);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "xylophonique" }).Total);
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task AnIndexOfAnOlderSchemaWhoseRecordsNoLongerReadIsRebuiltInFull()
    {
        // An index an older version wrote: its records are not today's (here none at all), its commit says schema 10.
        using (var old = new StatementIndex(_index))
        {
            old.Write((writer, _) => writer.AddDocument(new Lucene.Net.Documents.Document
            {
                new Lucene.Net.Documents.StringField(Mapping.StatementFields.Id, "old-statement", Lucene.Net.Documents.Field.Store.YES),
            }), () => new BuildInfo { FileName = "", SchemaVersion = 10, AnalyzerVersion = Analysis.TextAnalyzer.Version, BuiltAt = DateTimeOffset.UtcNow, Mode = "full", Statements = 1 }.ToUserData([]), create: true);
        }

        var rebuilt = await Indexer().BuildAsync(full: false);

        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal("full", index.Info!.Mode);
        Assert.Equal(Mapping.StatementFields.SchemaVersion, index.Info.SchemaVersion);
        Assert.Equal(2, rebuilt.Statements);
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task AStatementsAsksAreReplacedWhenItChangesAndRemovedWithIt()
    {
        await Indexer().BuildAsync(full: false);
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        SearchResult Asks(string query) => index.Search(new SearchRequest { Query = query, Unit = SearchUnit.Ask });
        var before = Asks("").Hits.Select(h => h.Url).ToList();
        var page = Path.Combine(_source, "appel.html");
        await File.WriteAllTextAsync(page, Page("Un appel", "Make Mothers Matter appelle les États à financer des crèches xylophoniques."));
        await Indexer().BuildAsync(full: false);
        Assert.True(index.Refresh());
        Assert.Equal(["/statements/appel#ask-1"], Asks("crèches").Hits.Select(h => h.Url));

        await File.WriteAllTextAsync(page, Page("Un appel", "Nous demandons aux États un congé zinzolin. Make Mothers Matter appelle à des crèches pour toutes."));
        await Indexer().BuildAsync(full: false);
        Assert.True(index.Refresh());

        Assert.Empty(Asks("xylophoniques").Hits);
        Assert.Equal(["/statements/appel#ask-1"], Asks("zinzolin").Hits.Select(h => h.Url));
        Assert.Equal(["/statements/appel#ask-2"], Asks("crèches").Hits.Select(h => h.Url));

        File.Delete(page);
        await Indexer().BuildAsync(full: false);
        Assert.True(index.Refresh());

        Assert.Equal(before, Asks("").Hits.Select(h => h.Url));
        Assert.Empty(index.Verify());
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

    private sealed class BlockingProgress(TaskCompletionSource reached, Task release, IndexingStage at = IndexingStage.Extracting) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            if (value.Stage == at && reached.TrySetResult())
            {
                release.Wait();
            }
        }
    }
}

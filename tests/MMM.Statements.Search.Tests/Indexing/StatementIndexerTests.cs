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

    /// <summary>
    /// A lock left by a dead process is taken over whatever it says: empty (its holder was killed as it made it, by an
    /// older version), or naming a pid that is alive again, even this process's own (a site restarted in a container
    /// gets the same pid as the one that died).
    /// </summary>
    /// <summary>
    /// Builds that reach for the lock at the same instant, on a free folder or on one with a stale lock to take over,
    /// never both get it (two index stores, as two processes would have, on two threads released together).
    /// </summary>
    /// <summary>
    /// Indexes twelve pages of the corpus, then adds two new statements and (unless <paramref name="named"/>) a file
    /// that fails, and updates: by going over the folder, or when <paramref name="named"/>, by publishing the two.
    /// </summary>
    private async Task<(BuildSummary First, BuildSummary Appended)> PublishTwoStatementsAsync(bool named = false)
    {
        foreach (var page in Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(12))
        {
            CopyFromCorpus(page);
        }
        var first = await Indexer().BuildAsync(full: false);
        // A new statement sharing words with the others, one with a word never seen, and a file that fails.
        await File.WriteAllTextAsync(Path.Combine(_source, "2026-communique-creches.html"), "<!doctype html><html lang=\"fr\"><head><title>Les crèches et les mères</title></head><body><article><h1>Les crèches et les mères</h1><p>12.01.26</p><p>Les crèches manquent de places pour les mères qui travaillent ; la protection sociale des familles et le travail de soin non rémunéré restent au cœur de notre plaidoyer. Zygomatiquement parlant, l’égalité avance.</p></article></body></html>");
        await File.WriteAllTextAsync(Path.Combine(_source, "2026-care-note.html"), "<!doctype html><html lang=\"en\"><head><title>Unpaid care and mothers</title></head><body><article><h1>Unpaid care and mothers</h1><p>3 February 2026</p><p>Unpaid care work by mothers sustains families and economies; social protection must recognise it.</p></article></body></html>");
        if (named)
        {
            return (first, await Indexer().PublishAsync(["2026-communique-creches.html", "2026-care-note.html"]));
        }
        await File.WriteAllBytesAsync(Path.Combine(_source, "vide.pdf"), []);
        return (first, await Indexer().BuildAsync(full: false));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PublishingNewStatementsAppendsThemAndSearchesExactlyAsAFullBuildWould(bool named)
    {
        var (first, appended) = await PublishTwoStatementsAsync(named);

        Assert.Equal(first.Statements + 2, appended.Statements);
        Assert.Equal(!named, appended.Failures.Any(f => f.Path == "vide.pdf" && f.Status == ExtractionStatus.Empty));
        var fullIndex = Path.Combine(_root, "full-index");
        await new StatementIndexer(new IndexerOptions { SourceDirectory = _source, IndexDirectory = fullIndex }).BuildAsync(full: true);
        var options = new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) };
        using var incremental = new StatementIndex(_index, options);
        using var rebuilt = new StatementIndex(fullIndex, options);
        Assert.Equal("append", incremental.Info!.Mode);
        Assert.Equal("full", rebuilt.Info!.Mode);
        Assert.Equal(rebuilt.Info.Statements, incremental.Info.Statements);
        Assert.Equal(rebuilt.Info.Files, incremental.Info.Files);
        Assert.Equal(rebuilt.Info.Failed, incremental.Info.Failed);
        Assert.Empty(incremental.Verify());

        foreach (var query in new[] { "mères", "crèches", "zygomatiquement", "protection sociale", "unpaid care", "\"travail de soin\"", "\"protection sociale\"", "\"social protection\"", "\"unpaid care work\"", "peut-être", "egalite", "soin*", "famille OR care", "", "crechs" })
        {
            var a = incremental.Search(new SearchRequest { Query = query, Size = 50 });
            var b = rebuilt.Search(new SearchRequest { Query = query, Size = 50 });
            Assert.Equal(b.Total, a.Total);
            Assert.Equal(b.Suggestion, a.Suggestion);
            // Same statements with the same scores; only equal scores of equal dates may come out in another order.
            Assert.Equal(b.Hits.Select(h => (h.Id, Math.Round(h.Score, 4))).Order(), a.Hits.Select(h => (h.Id, Math.Round(h.Score, 4))).Order());
            Assert.Equal(b.Hits.Select(h => Math.Round(h.Score, 4)), a.Hits.Select(h => Math.Round(h.Score, 4)));
            // Snippets come from stored places and term numbers, which the appended statements add to: the same passages.
            var snippetsById = b.Hits.ToDictionary(h => h.Id, h => h.Snippets);
            foreach (var hit in a.Hits)
            {
                Assert.Equal(snippetsById[hit.Id], hit.Snippets);
            }
            foreach (var (facet, values) in b.Facets)
            {
                Assert.Equal(values.Select(v => (v.Value, v.Count)), a.Facets[facet].Select(v => (v.Value, v.Count)));
            }
        }
        Assert.Equal(rebuilt.Suggest("zygo", 5), incremental.Suggest("zygo", 5));
    }

    [Fact]
    public async Task PublishingNamedFilesAppendsOnlyThemWithoutGoingOverTheFolder()
    {
        var first = await Indexer().BuildAsync(full: false);
        await File.WriteAllTextAsync(Path.Combine(_source, "publie.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));
        // Put in the folder by other means at the same time: not named, so left to the next build that goes over the folder.
        await File.WriteAllTextAsync(Path.Combine(_source, "depose.html"), Page("Une note déposée", "Une note sur les crèches zinzolines."));

        var published = await Indexer().PublishAsync(["publie.html"]);

        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal("append", index.Info!.Mode);
        Assert.Equal(first.Statements + 1, published.Statements);
        Assert.Equal(first.Files, published.Unchanged);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylographiques" }).Total);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "zinzolines" }).Total);
        Assert.Empty(index.Verify());

        var update = await Indexer().BuildAsync(full: false);

        Assert.True(index.Refresh());
        Assert.Equal("append", index.Info!.Mode);
        Assert.Equal(first.Statements + 2, update.Statements);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "zinzolines" }).Total);
    }

    public static TheoryData<string> NamedFilesThatAreNotNewStatements => new()
    {
        "a file the index holds, changed",
        "a page linking a PDF the index holds",
        "a file that fails",
        "a file that is not there",
    };

    [Theory]
    [MemberData(nameof(NamedFilesThatAreNotNewStatements))]
    public async Task PublishingNamedFilesThatAreNotNewStatementsUpdatesTheIndexAsAFullUpdateWould(string situation)
    {
        await Indexer().BuildAsync(full: false);
        var pdf = Directory.GetFiles(_source, "*.pdf", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_source, f).Replace('\\', '/'))
            .First(f => !File.ReadAllText(Path.Combine(_source, LinkedPage)).Contains(Path.GetFileName(f), StringComparison.Ordinal));
        string named;
        switch (situation)
        {
            case "a file the index holds, changed":
                named = LinkedPage;
                var page = Path.Combine(_source, LinkedPage);
                await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page)).Replace("</article>", "<p>La question xylophonique.</p></article>", StringComparison.Ordinal));
                break;
            case "a page linking a PDF the index holds":
                named = "lien.html";
                await File.WriteAllTextAsync(Path.Combine(_source, named), Page("La déclaration xylophonique", $"Voir <a href=\"{pdf}\">la déclaration</a>."));
                break;
            case "a file that fails":
                named = "vide.pdf";
                await File.WriteAllBytesAsync(Path.Combine(_source, named), []);
                await File.WriteAllTextAsync(Path.Combine(_source, "autre.html"), Page("Une autre note", "La note xylophonique."));
                break;
            default:
                named = "absent.html";
                await File.WriteAllTextAsync(Path.Combine(_source, "autre.html"), Page("Une autre note", "La note xylophonique."));
                break;
        }

        var summary = await Indexer().PublishAsync([named]);

        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        var fullIndex = Path.Combine(_root, "full-index");
        var full = await new StatementIndexer(new IndexerOptions { SourceDirectory = _source, IndexDirectory = fullIndex }).BuildAsync(full: true);
        Assert.Equal(full.Statements, summary.Statements);
        Assert.Equal(full.Files, summary.Files);
        Assert.Equal(full.Failures.Select(f => f.Path), summary.Failures.Select(f => f.Path));
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylophonique" }).Total);
        if (situation == "a page linking a PDF the index holds")
        {
            // The PDF joined the page: one statement with two files, as a full build makes it.
            Assert.Equal(2, index.Get(StatementIndexer.IdOf("lien.html"))!.Files.Count);
            Assert.Equal("update", index.Info!.Mode);
        }
        Assert.Empty(index.Verify());
    }

    private static string Page(string title, string body) =>
        $"<!doctype html><html lang=\"fr\"><head><title>{title}</title></head><body><article><h1>{title}</h1><p>12.01.26</p><p>{body}</p></article></body></html>";

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

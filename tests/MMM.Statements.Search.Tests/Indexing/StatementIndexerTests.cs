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
    public async Task ABuildHeldByAnotherLiveProcessIsRefusedAndItsLockIsTakenOverOnceItDies()
    {
        string lockPath;
        using (var other = await ForeignBuildLock.TakeAsync(_index))
        {
            lockPath = other.Path;
            var refused = await Assert.ThrowsAsync<BuildAlreadyRunningException>(() => Indexer().BuildAsync(full: true));
            Assert.Contains($"process {other.ProcessId}", refused.Message);
            Assert.True(Indexer().IsRunning);
        }
        // Killed: its lock file is still there, naming a dead process, and nobody holds it.
        Assert.True(File.Exists(lockPath));
        Assert.False(Indexer().IsRunning);

        var summary = await Indexer().BuildAsync(full: true);

        Assert.Equal(2, summary.Statements);
        Assert.False(File.Exists(lockPath));
    }

    /// <summary>
    /// A lock left by a dead process is taken over whatever it says: empty (its holder was killed as it made it, by an
    /// older version), or naming a pid that is alive again, even this process's own (a site restarted in a container
    /// gets the same pid as the one that died).
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("own pid")]
    [InlineData("pid 1")]
    public async Task ALockNobodyHoldsIsTakenOverWhateverItSays(string content)
    {
        Directory.CreateDirectory(_index);
        var lockPath = Path.Combine(_index, "build.lock");
        await File.WriteAllTextAsync(lockPath, content switch
        {
            "own pid" => Environment.ProcessId + "\n",
            "pid 1" => "1\n",
            _ => "",
        });
        Assert.False(Indexer().IsRunning);

        var summary = await Indexer().BuildAsync(full: true);

        Assert.Equal(2, summary.Statements);
        Assert.False(File.Exists(lockPath));
    }

    /// <summary>
    /// Builds that reach for the lock at the same instant, on a free folder or on one with a stale lock to take over,
    /// never both get it (two index stores, as two processes would have, on two threads released together).
    /// </summary>
    [Fact]
    public void TwoBuildsReachingForTheLockAtOnceNeverBothGetIt()
    {
        Directory.CreateDirectory(_index);
        var lockPath = Path.Combine(_index, "build.lock");
        var stores = new[] { new IndexStore(_index), new IndexStore(_index) };
        using var start = new Barrier(stores.Length);
        for (var round = 0; round < 400; round++)
        {
            if (round % 2 == 1)
            {
                File.WriteAllText(lockPath, "999999\n"); // stale: nobody holds it
            }
            var locks = new BuildLock?[stores.Length];
            var threads = Enumerable.Range(0, stores.Length).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                locks[i] = stores[i].TryLock();
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            var holders = locks.Count(l => l is not null);
            // On a free folder exactly one gets it. On a stale lock, both may step back when they check it at the same
            // instant (then it stays for the next build to take over), but never both get it.
            Assert.True(round % 2 == 1 ? holders <= 1 : holders == 1, $"round {round}: {holders} builds hold the lock");
            if (holders == 1)
            {
                Assert.True(stores[0].IsLockHeld());
                locks.Single(l => l is not null)!.Dispose();
                Assert.False(File.Exists(lockPath));
                Assert.False(stores[0].IsLockHeld());
            }
            else
            {
                File.Delete(lockPath);
            }
        }
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
        Assert.Equal(IndexBuild.AppendMode, incremental.Info!.Mode);
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
        Assert.Equal(IndexBuild.AppendMode, index.Info!.Mode);
        Assert.Equal(first.Statements + 1, published.Statements);
        Assert.Equal(first.Files, published.Unchanged);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylographiques" }).Total);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "zinzolines" }).Total);
        Assert.Empty(index.Verify());

        var update = await Indexer().BuildAsync(full: false);

        Assert.True(index.Refresh());
        Assert.Equal(IndexBuild.AppendMode, index.Info!.Mode);
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
    public async Task APublicationAppendsToTheSpareCopyOfTheLiveIndexAndAStaleSpareIsRemoved()
    {
        var first = await Indexer().BuildAsync(full: false);
        var store = new IndexStore(_index);

        Assert.Equal(SpareOutcome.Copied, Indexer().PrepareSpare());

        var spare = store.SparePath(first.IndexFile);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_index, first.IndexFile)), await File.ReadAllBytesAsync(spare));
        var spareFile = Inode(spare);
        await File.WriteAllTextAsync(Path.Combine(_source, "publie.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));

        var published = await Indexer().PublishAsync(["publie.html"]);

        // The spare became the new index file (the same file on disk, renamed and appended to), and it holds the statement.
        Assert.False(File.Exists(spare));
        Assert.Equal(spareFile, Inode(Path.Combine(_index, published.IndexFile)));
        using (var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) }))
        {
            Assert.Equal(IndexBuild.AppendMode, index.Info!.Mode);
            Assert.Equal(1, index.Search(new SearchRequest { Query = "xylographiques" }).Total);
            Assert.Equal(first.Statements + 1, index.Search(new SearchRequest()).Total);
            Assert.Empty(index.Verify());
        }

        // A spare whose live index was replaced by a full build is gone: a build that rewrites everything has no use for it.
        Assert.Equal(SpareOutcome.Copied, Indexer().PrepareSpare());
        var stale = store.SparePath(published.IndexFile);
        Assert.True(File.Exists(stale));
        await Indexer().BuildAsync(full: true);
        Assert.Empty(Directory.GetFiles(_index, "spare-*"));
        // A spare left from an older index (a build that died before its clean-up) goes at the next build.
        await File.WriteAllTextAsync(stale, "left over");
        await Indexer().BuildAsync(full: false);
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public async Task ASpareIsNotUsedOnceTheLiveFileChangedSinceItWasCopied()
    {
        var first = await Indexer().BuildAsync(full: false);
        Assert.Equal(SpareOutcome.Copied, Indexer().PrepareSpare());
        var spare = new IndexStore(_index).SparePath(first.IndexFile);
        var spareFile = Inode(spare);
        // The live file put back in place (a restore) after the copy was made: same length, another time.
        File.SetLastWriteTimeUtc(Path.Combine(_index, first.IndexFile), DateTime.UtcNow.AddMinutes(1));
        await File.WriteAllTextAsync(Path.Combine(_source, "publie.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));

        var published = await Indexer().PublishAsync(["publie.html"]);

        Assert.NotEqual(spareFile, Inode(Path.Combine(_index, published.IndexFile)));
        Assert.False(File.Exists(spare));
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylographiques" }).Total);
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task AfterAPublicationTheSpareIsTheFileItSupersededWithTheSameStatementsWrittenAgain()
    {
        // One indexer, as the site keeps: it remembers the publication it appended.
        var indexer = Indexer();
        var live = Path.Combine(_index, (await indexer.BuildAsync(full: false)).IndexFile);
        Assert.Equal(SpareOutcome.Copied, indexer.PrepareSpare());
        var words = new[] { "xylographiques", "zinzolines", "quadrilobées" };
        for (var n = 0; n < words.Length; n++)
        {
            await File.WriteAllTextAsync(Path.Combine(_source, $"publie-{n}.html"), Page($"Les crèches publiées {n}", $"Une note sur les crèches {words[n]}."));
            var superseded = live;
            var supersededFile = Inode(superseded);
            var published = await indexer.PublishAsync([$"publie-{n}.html"]);
            live = Path.Combine(_index, published.IndexFile);

            Assert.Equal(SpareOutcome.Rewritten, indexer.PrepareSpare());

            // Not a copy of the live file: the superseded file itself, written again with what the publication wrote,
            // which makes the live file byte for byte.
            var spare = new IndexStore(_index).SparePath(published.IndexFile);
            Assert.False(File.Exists(superseded));
            Assert.Equal(supersededFile, Inode(spare));
            Assert.Equal(await File.ReadAllBytesAsync(live), await File.ReadAllBytesAsync(spare));
        }

        var full = await new StatementIndexer(new IndexerOptions { SourceDirectory = _source, IndexDirectory = Path.Combine(_root, "full-index") }).BuildAsync(full: true);
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal(IndexBuild.AppendMode, index.Info!.Mode);
        Assert.Equal(full.Statements, index.Search(new SearchRequest()).Total);
        Assert.All(words, word => Assert.Equal(1, index.Search(new SearchRequest { Query = word }).Total));
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task ABuildOfTheWholeIndexForTheSiteIsPublishedWithItsSpare()
    {
        var indexer = new StatementIndexer(new IndexerOptions { SourceDirectory = _source, IndexDirectory = _index, SpareBeforePublishing = true });

        var built = await indexer.BuildAsync(full: true);

        // The copy is there as the build is published: a publication queued behind the build need not wait for one.
        var live = Path.Combine(_index, built.IndexFile);
        Assert.Equal(await File.ReadAllBytesAsync(live), await File.ReadAllBytesAsync(new IndexStore(_index).SparePath(built.IndexFile)));
        Assert.Equal(SpareOutcome.Kept, indexer.PrepareSpare());
        await File.WriteAllTextAsync(Path.Combine(_source, "publie.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));
        var spareFile = Inode(new IndexStore(_index).SparePath(built.IndexFile));
        var published = await indexer.PublishAsync(["publie.html"]);
        Assert.Equal(spareFile, Inode(Path.Combine(_index, published.IndexFile)));
        // A build from the shell makes none.
        await Indexer().BuildAsync(full: true);
        Assert.Empty(Directory.GetFiles(_index, "spare-*"));
    }

    [Fact]
    public async Task APublicationStraightAfterAnotherAppendsToTheFileTheFirstOneSuperseded()
    {
        // Publications queued one behind the other: no spare is made between them.
        var indexer = Indexer();
        var first = await indexer.BuildAsync(full: false);
        var firstFile = Inode(Path.Combine(_index, first.IndexFile));
        await File.WriteAllTextAsync(Path.Combine(_source, "publie-1.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));
        await File.WriteAllTextAsync(Path.Combine(_source, "publie-2.html"), Page("Les crèches publiées encore", "Une note sur les crèches zinzolines."));

        await indexer.PublishAsync(["publie-1.html"]);
        var second = await indexer.PublishAsync(["publie-2.html"]);

        Assert.Equal(firstFile, Inode(Path.Combine(_index, second.IndexFile)));
        using var index = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        Assert.Equal(first.Statements + 2, index.Search(new SearchRequest()).Total);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "xylographiques" }).Total);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "zinzolines" }).Total);
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task AFileSupersededByAPublicationIsNotWrittenOnWhileAGenerationStillReadsIt()
    {
        var indexer = Indexer();
        var first = await indexer.BuildAsync(full: false);
        var superseded = Path.Combine(_index, first.IndexFile);
        // A reader of the first index that has not switched yet (a search in flight, another process).
        using var reader = new StatementIndex(_index, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1), RefreshInterval = TimeSpan.FromHours(1) });
        var before = reader.Search(new SearchRequest { Query = "mères" });
        await File.WriteAllTextAsync(Path.Combine(_source, "publie.html"), Page("Les crèches publiées", "Une note sur les crèches xylographiques."));
        var published = await indexer.PublishAsync(["publie.html"]);

        Assert.Equal(SpareOutcome.Copied, indexer.PrepareSpare());

        // The spare is a copy of the live file; the file the reader reads is as it was, and so are its answers.
        var spare = new IndexStore(_index).SparePath(published.IndexFile);
        Assert.True(File.Exists(superseded));
        Assert.NotEqual(Inode(superseded), Inode(spare));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_index, published.IndexFile)), await File.ReadAllBytesAsync(spare));
        Assert.Equal(first.IndexFile, reader.Info!.FileName);
        var after = reader.Search(new SearchRequest { Query = "mères" });
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.Id), after.Hits.Select(h => h.Id));
        Assert.Equal(0, reader.Search(new SearchRequest { Query = "xylographiques" }).Total);
    }

    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%d:%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }

    [Fact]
    public async Task AnAppendedIndexOpenedFromThePreviousOneHoldsExactlyWhatOpeningItAloneGives()
    {
        var (first, appended) = await PublishTwoStatementsAsync();

        using var previous = IndexGeneration.Load(Path.Combine(_index, first.IndexFile));
        using var alone = IndexGeneration.Load(Path.Combine(_index, appended.IndexFile));
        using var extended = IndexGeneration.Load(Path.Combine(_index, appended.IndexFile), previous);

        Assert.Equal(first.IndexFile, alone.Info.AppendedTo);
        Assert.Equal(alone.Count, extended.Count);
        Assert.Equal(previous.Count + 2, extended.Count);
        var a = alone.Fields;
        var e = extended.Fields;
        Assert.Equal(a.Ids, e.Ids);
        Assert.Equal(a.Titles, e.Titles);
        Assert.Equal(a.Dates, e.Dates);
        Assert.Equal(a.Years, e.Years);
        Assert.Equal(a.Languages, e.Languages);
        Assert.Equal(a.Symbols, e.Symbols);
        Assert.Equal(a.VersionGroups, e.VersionGroups);
        Assert.Equal(a.Topics.Skip(1).Select(t => string.Join('|', t)), e.Topics.Skip(1).Select(t => string.Join('|', t)));
        Assert.Equal(Enumerable.Range(1, alone.Count).Select(alone.LengthOf), Enumerable.Range(1, extended.Count).Select(extended.LengthOf));
        Assert.Equal(alone.AverageLength, extended.AverageLength);
        Assert.Equal(alone.GroupIds, extended.GroupIds);
        Assert.Equal(alone.Facets.Keys.Order(), extended.Facets.Keys.Order());
        foreach (var (name, column) in alone.Facets)
        {
            Assert.Equal(column.Values, extended.Facets[name].Values);
            Assert.Equal(column.Offsets, extended.Facets[name].Offsets);
            Assert.Equal(column.Ords, extended.Facets[name].Ords);
            Assert.Equal(column.SingleOrds, extended.Facets[name].SingleOrds);
        }
        // The new statements brought values no earlier statement had (a year, a language), which renumbers the others.
        Assert.NotEqual(previous.Facets[FacetNames.Year].Values.Length, extended.Facets[FacetNames.Year].Values.Length);

        // Another file than the one it was appended to is not taken as its start.
        using var unrelated = IndexGeneration.Load(Path.Combine(_index, appended.IndexFile), extended);
        Assert.Equal(alone.Fields.Ids, unrelated.Fields.Ids);
    }

    [Fact]
    public async Task AnAppendIsCheckedByReadingBackWhatItWroteAndDamageThereIsFound()
    {
        var (first, appended) = await PublishTwoStatementsAsync();
        long firstDoc = first.Statements + 1, lastDoc = appended.Statements;
        using var connection = IndexConnections.OpenForBuild(Path.Combine(_index, appended.IndexFile));
        var terms = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT term FROM positions WHERE last >= {firstDoc} ORDER BY term";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                terms.Add(reader.GetString(0));
            }
        }
        Assert.Contains("zygomat", terms);
        Assert.Empty(IndexVerifier.CheckAppend(connection, firstDoc, lastDoc, terms, terms));

        var term = terms.First(t => t == "mer" || t.StartsWith("mer", StringComparison.Ordinal));
        foreach (var damage in new[]
        {
            $"DELETE FROM ft_docsize WHERE id = {lastDoc}",
            $"DELETE FROM doc_lengths WHERE doc = {firstDoc}",
            $"DELETE FROM files WHERE statement = {lastDoc}",
            $"UPDATE pages SET text = substr(text, 1, length(text) / 2) WHERE statement = {lastDoc}",
            $"UPDATE places SET data = x'05' WHERE doc = {firstDoc}",
            $"UPDATE postings SET df = df + 1 WHERE term = '{term}'",
            $"UPDATE postings SET data = x'0101' WHERE term = 'zygomat'",
            $"UPDATE positions SET last = last - 1 WHERE term = '{term}'",
            $"DELETE FROM positions WHERE term = 'zygomat'",
            "DELETE FROM meta",
        })
        {
            Exec(connection, "BEGIN");
            Exec(connection, damage);
            Assert.True(IndexVerifier.CheckAppend(connection, firstDoc, lastDoc, terms, terms).Count > 0, damage);
            Exec(connection, "ROLLBACK");
        }
        Assert.Empty(IndexVerifier.CheckAppend(connection, firstDoc, lastDoc, terms, terms));
    }

    private static void Exec(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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

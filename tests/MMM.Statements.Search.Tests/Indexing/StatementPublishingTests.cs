using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>
/// Publishing named files and updating by going over the folder append to the index, or rewrite it, exactly as a full
/// build would have it. A class of its own, beside <see cref="StatementIndexerTests"/>, so that the two run in parallel.
/// </summary>
public sealed class StatementPublishingTests : IndexerFolder
{
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
}

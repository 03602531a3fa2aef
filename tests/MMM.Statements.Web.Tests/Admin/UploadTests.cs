using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Search;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>Uploads through the real pages: quarantine, preview, corrections, publication and the build that follows.</summary>
public sealed class UploadTests : SignedInSiteTests
{
    private static readonly string Declaration = Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf");
    private static readonly string Encrypted = Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr-encrypted.pdf");

    private string Quarantine => Path.Combine(site.DataDirectory, "uploads");

    private string[] CorpusFiles() => Directory.GetFiles(site.SourceDirectory, "*", SearchOption.AllDirectories).Order().ToArray();

    [Fact]
    public async Task ABuildFromTheShellWhileTheSiteRunsIsRefusedAndChangesNothing()
    {
        var index = site.Services.GetRequiredService<StatementIndex>();
        await site.Builds.IdleAsync();
        var before = index.Info!;
        await File.WriteAllTextAsync(Path.Combine(site.SourceDirectory, "ajout-shell.html"),
            "<!doctype html><html lang=\"fr\"><head><title>Ajout depuis le terminal</title></head><body><article><h1>Ajout depuis le terminal</h1><p>23.11.26</p><p>Une note xylographique.</p></article></body></html>");

        // A build from the shell (an indexer of its own, as mmm-statements index is): the site holds the index's writer.
        var refused = await Assert.ThrowsAsync<BuildAlreadyRunningException>(() =>
            new StatementIndexer(new IndexerOptions { SourceDirectory = site.SourceDirectory, IndexDirectory = site.IndexDirectory }).BuildAsync(full: false));

        Assert.Contains("writing this index", refused.Message);
        Assert.True(index.Refresh());
        Assert.Equal(before.FileName, index.Info!.FileName);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "xylographique" }).Total);
        Assert.Empty(index.Verify());
    }

    [Fact]
    public async Task APublishedPdfWithACorrectedSessionIsFoundInTheIndexUnderThatSession()
    {
        await site.Builds.IdleAsync();
        var upload = await admin.PostFilesAsync("/admin/upload", "files", [("scan 2024.pdf", await File.ReadAllBytesAsync(Declaration))]);
        var preview = await admin.FollowAsync(upload);

        Assert.StartsWith("/admin/preview", upload.Headers.Location!.OriginalString);
        Assert.Contains("Déclaration écrite de Make Mothers Matter à la Commission de la condition de la femme", preview);
        Assert.Contains("E/CN.6/2024/NGO/108", preview);
        Assert.Contains("Le travail de soin non rémunéré", preview); // the first page of text
        Assert.Contains("value=\"CSW68\"", preview); // the session the tagger found

        var publish = await admin.PostAsync(upload.Headers.Location!.OriginalString.Replace("/admin/preview?", "/admin/preview?handler=publish&", StringComparison.Ordinal),
            ("Form.Title", "Déclaration écrite — soins non rémunérés"),
            ("Form.Date", "2023-12-12"),
            ("Form.Language", "fr"),
            ("Form.Body", "CSW"),
            ("Form.Session", "csw 67"),
            ("Form.Type", "written-statement"),
            ("Form.Location", "new-york"),
            ("Form.Topics", "unpaid-care"),
            ("Form.Symbol", "E/CN.6/2024/NGO/108"),
            ("Form.CitedSymbols", ""));
        var dashboard = await admin.FollowAsync(publish);
        await site.Builds.IdleAsync();

        // CSW67 was held in 2023: the file lands in 2023/, named from the corrected title.
        var file = Path.Combine(site.SourceDirectory, "2023", "declaration-ecrite-soins-non-remuneres.pdf");
        Assert.Contains("Publié : 2023/declaration-ecrite-soins-non-remuneres.pdf.", dashboard);
        Assert.Equal(await File.ReadAllBytesAsync(Declaration), await File.ReadAllBytesAsync(file));
        using var sidecar = JsonDocument.Parse(await File.ReadAllTextAsync(file + ".meta.json"));
        Assert.Equal("CSW67", sidecar.RootElement.GetProperty("session").GetString());
        Assert.Equal("Déclaration écrite — soins non rémunérés", sidecar.RootElement.GetProperty("title").GetString());
        Assert.False(sidecar.RootElement.TryGetProperty("symbol", out _), "an uncorrected field stays out of the sidecar");
        Assert.Empty(Directory.EnumerateFileSystemEntries(Quarantine));

        var index = site.Services.GetRequiredService<StatementIndex>();
        // The new statement was added to the live index in one commit, without going over the folder.
        Assert.Equal("append", index.Info!.Mode);
        var found = index.Search(new SearchRequest
        {
            Query = "soins non rémunérés",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Session] = ["CSW67"] },
        });
        // Another CSW67 statement speaks of care too; the one whose title matches comes first.
        var hit = found.Hits[0];
        Assert.Equal("2023-declaration-ecrite-soins-non-remuneres", hit.Id);
        Assert.Equal("CSW67", hit.Session);
        Assert.Equal("Déclaration écrite — soins non rémunérés", hit.Title);
        Assert.Contains(site.Builds.History, b => b.RequestedBy == "admin" && b.Outcome == Engine.BuildOutcome.Succeeded);
        var audit = await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, AuditLog.FileName));
        Assert.Contains("\"action\":\"publish\",\"outcome\":\"success\"", audit);
    }

    [Fact]
    public async Task ASecondUploadWithTheSameTitleGetsANumberedName()
    {
        for (var i = 0; i < 2; i++)
        {
            var upload = await admin.PostFilesAsync("/admin/upload", "files", [("x.pdf", await File.ReadAllBytesAsync(Declaration))]);
            var id = upload.Headers.Location!.OriginalString.Split("id=")[1];
            var publish = await admin.PostAsync("/admin/preview?handler=publish&id=" + id,
                ("Form.Title", "Même titre"), ("Form.Language", "fr"), ("Form.Session", "CSW68"));
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(site.SourceDirectory, "2024", "meme-titre.pdf")));
        Assert.True(File.Exists(Path.Combine(site.SourceDirectory, "2024", "meme-titre-2.pdf")));
    }

    [Fact]
    public async Task AnInvalidCorrectionIsRefusedAndNothingIsPublished()
    {
        var before = CorpusFiles();
        var upload = await admin.PostFilesAsync("/admin/upload", "files", [("x.pdf", await File.ReadAllBytesAsync(Declaration))]);
        var id = upload.Headers.Location!.OriginalString.Split("id=")[1];

        var publish = await admin.PostAsync("/admin/preview?handler=publish&id=" + id,
            ("Form.Title", "Titre"), ("Form.Language", "fr"), ("Form.Session", "pas une session"), ("Form.Date", "12/12/2023"));
        var html = WebUtility.HtmlDecode(await publish.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("Session non reconnue", html);
        Assert.Contains("La date doit être au format AAAA-MM-JJ.", html);
        Assert.Equal(before, CorpusFiles());
        Assert.Single(Directory.EnumerateDirectories(Quarantine)); // still waiting for a correct form
    }

    [Theory]
    [InlineData("fake.pdf", "<html><body><p>not a pdf</p></body></html>", "le contenu ne correspond pas à l’extension")]
    [InlineData("page.html", "%PDF-1.7 but really a pdf header", "le contenu ne correspond pas à l’extension")]
    [InlineData("notes.docx", "PK\u0003\u0004", "seuls les fichiers .pdf, .html et .htm sont acceptés")]
    [InlineData("empty.pdf", "", "le fichier est vide")]
    [InlineData("junk.pdf", "%PDF-1.4\nthis is not a real pdf body at all", "Fichier endommagé")]
    public async Task ABadFileIsRefusedWithItsReasonAndNothingIsWritten(string name, string content, string reason)
    {
        var before = CorpusFiles();

        var response = await admin.PostFilesAsync("/admin/upload", "files", [(name, System.Text.Encoding.UTF8.GetBytes(content))]);
        var html = await admin.FollowAsync(response);

        Assert.Contains(name + " refusé : ", html);
        Assert.Contains(reason, html);
        Assert.Equal(before, CorpusFiles());
        Assert.True(!Directory.Exists(Quarantine) || !Directory.EnumerateFileSystemEntries(Quarantine).Any());
    }

    [Fact]
    public async Task APasswordProtectedPdfIsRefusedWithTheReason()
    {
        var response = await admin.PostFilesAsync("/admin/upload", "files", [("lettre.pdf", await File.ReadAllBytesAsync(Encrypted))]);
        var html = await admin.FollowAsync(response);

        Assert.Contains("lettre.pdf refusé : Fichier protégé par mot de passe", html);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Quarantine));
    }

    [Fact]
    public async Task SeveralFilesAreCheckedOneByOne()
    {
        var response = await admin.PostFilesAsync("/admin/upload", "files",
        [
            ("a.pdf", await File.ReadAllBytesAsync(Declaration)),
            ("b.pdf", "not a pdf"u8.ToArray()),
            ("c.html", await File.ReadAllBytesAsync(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.html"))),
        ]);
        var html = await admin.FollowAsync(response);

        Assert.Contains("a.pdf : prêt, vérifiez l’aperçu.", html);
        Assert.Contains("b.pdf refusé", html);
        Assert.Contains("c.html : prêt, vérifiez l’aperçu.", html);
        Assert.Equal(2, Directory.EnumerateDirectories(Quarantine).Count());
        Assert.Equal(2, CountOccurrences(html, "/admin/preview?id="));
    }

    [Fact]
    public async Task ThePathInTheUploadedNameIsNeverUsed()
    {
        var before = CorpusFiles();
        var upload = await admin.PostFilesAsync("/admin/upload", "files", [("../../../2025/evil.pdf", await File.ReadAllBytesAsync(Declaration))]);
        var id = upload.Headers.Location!.OriginalString.Split("id=")[1];

        await admin.PostAsync("/admin/preview?handler=publish&id=" + id, ("Form.Title", "../../etc/passwd"), ("Form.Language", "fr"), ("Form.Session", "CSW68"));

        var added = CorpusFiles().Except(before).Select(f => Path.GetRelativePath(site.SourceDirectory, f).Replace('\\', '/')).ToList();
        Assert.Equal(["2024/etc-passwd.pdf", "2024/etc-passwd.pdf.meta.json"], added);
    }

    [Fact]
    public async Task DiscardingAnUploadEmptiesTheQuarantine()
    {
        var upload = await admin.PostFilesAsync("/admin/upload", "files", [("x.pdf", await File.ReadAllBytesAsync(Declaration))]);
        var id = upload.Headers.Location!.OriginalString.Split("id=")[1];

        var discard = await admin.PostAsync("/admin/preview?handler=discard&id=" + id);
        var html = await admin.FollowAsync(discard);

        Assert.Contains("Dépôt abandonné : x.pdf.", html);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Quarantine));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.GetAsync("/admin/preview?id=" + id)).StatusCode);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

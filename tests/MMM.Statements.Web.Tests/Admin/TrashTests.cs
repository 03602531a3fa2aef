using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Search;
using MMM.Statements.Tests;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>Deleting a statement moves its files to statements/.trash, out of the index; restoring brings both back.</summary>
public sealed class TrashTests : SignedInSiteTests
{
    // The image-only scan: its metadata comes from its sidecar, which must travel with it.
    private const string ScanId = "2019-csocd57-oral-statement-scan";

    private StatementIndex Index => site.Services.GetRequiredService<StatementIndex>();

    [Fact]
    public async Task ADeletedStatementLeavesTheIndexAndComesBackWhenRestored()
    {
        var scan = Path.Combine(site.SourceDirectory, "2019", "csocd57-oral-statement-scan.pdf");
        Assert.NotNull(Index.Get(ScanId));
        var statementsBefore = Index.Info!.Statements;

        var delete = await admin.PostAsync("/admin/statements?handler=delete", ("id", ScanId));
        var page = await admin.FollowAsync(delete);
        await site.Builds.IdleAsync();

        Assert.Contains("Déclaration supprimée : 2019/csocd57-oral-statement-scan.pdf", page);
        Assert.False(File.Exists(scan));
        Assert.False(File.Exists(scan + ".meta.json"));
        Assert.Null(Index.Get(ScanId));
        Assert.Equal(statementsBefore - 1, Index.Info!.Statements);
        var trash = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/trash"));
        Assert.Contains("2019/csocd57-oral-statement-scan.pdf", trash);
        Assert.Contains("2019/csocd57-oral-statement-scan.pdf.meta.json", trash); // the sidecar travels with its file
        var entry = Assert.Single(Directory.GetDirectories(Path.Combine(site.SourceDirectory, ".trash")));

        var restore = await admin.PostAsync("/admin/trash?handler=restore", ("name", Path.GetFileName(entry)));
        var restored = await admin.FollowAsync(restore);
        await site.Builds.IdleAsync();

        Assert.Contains("Restauré : ", restored);
        Assert.True(File.Exists(scan));
        Assert.True(File.Exists(scan + ".meta.json"));
        Assert.NotNull(Index.Get(ScanId));
        Assert.Equal(statementsBefore, Index.Info!.Statements);
        Assert.Empty(Directory.GetDirectories(Path.Combine(site.SourceDirectory, ".trash")));
    }

    [Fact]
    public async Task RestoringOverAFileThatTookTheNameIsRefused()
    {
        var scan = Path.Combine(site.SourceDirectory, "2019", "csocd57-oral-statement-scan.pdf");
        var original = await File.ReadAllBytesAsync(scan);
        await admin.PostAsync("/admin/statements?handler=delete", ("id", ScanId));
        await site.Builds.IdleAsync();
        await File.WriteAllBytesAsync(scan, await File.ReadAllBytesAsync(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf")));
        var entry = Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(site.SourceDirectory, ".trash"))));

        var restore = await admin.PostAsync("/admin/trash?handler=restore", ("name", entry));
        var page = await admin.FollowAsync(restore);

        Assert.Contains("Impossible de restaurer : un fichier porte déjà ce nom.", page);
        Assert.NotEqual(original, await File.ReadAllBytesAsync(scan));
        Assert.True(Directory.Exists(Path.Combine(site.SourceDirectory, ".trash", entry)));
    }

    [Theory]
    [InlineData("../2019")]
    [InlineData("..")]
    [InlineData("/etc")]
    public async Task ARestoreNameOutsideTheTrashIsRefused(string name)
    {
        var before = Directory.GetFiles(site.SourceDirectory, "*", SearchOption.AllDirectories).Length;

        var page = await admin.FollowAsync(await admin.PostAsync("/admin/trash?handler=restore", ("name", name)));

        Assert.Contains("Cet élément n’est plus dans la corbeille.", page);
        Assert.Equal(before, Directory.GetFiles(site.SourceDirectory, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task ReplacingAFileKeepsItsNameAndPutsTheOldOneInTheTrash()
    {
        var path = Path.Combine(site.SourceDirectory, "2019", "csocd57-oral-statement-scan.pdf");
        var replacement = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf"));

        var response = await admin.PostFilesAsync("/admin/statements?handler=replace", "file", [("new.pdf", replacement)], ("id", ScanId), ("number", "1"));
        var page = await admin.FollowAsync(response);
        await site.Builds.IdleAsync();

        Assert.Contains("Fichier remplacé : 2019/csocd57-oral-statement-scan.pdf", page);
        Assert.Equal(replacement, await File.ReadAllBytesAsync(path));
        Assert.True(File.Exists(path + ".meta.json")); // staff's corrections still apply to the new file
        var details = Index.Get(ScanId)!;
        Assert.Contains(details.Pages, p => p.Text.Contains("travail de soin non rémunéré", StringComparison.Ordinal));
        Assert.Single(Directory.GetDirectories(Path.Combine(site.SourceDirectory, ".trash")));
    }

    [Fact]
    public async Task AReplacementOfAnotherFormatIsRefused()
    {
        var path = Path.Combine(site.SourceDirectory, "2019", "csocd57-oral-statement-scan.pdf");
        var before = await File.ReadAllBytesAsync(path);

        var response = await admin.PostFilesAsync("/admin/statements?handler=replace", "file",
            [("page.html", await File.ReadAllBytesAsync(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.html")))], ("id", ScanId), ("number", "1"));
        var page = await admin.FollowAsync(response);

        Assert.Contains("Le nouveau fichier doit avoir le même format que l’ancien", page);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(Directory.Exists(Path.Combine(site.DataDirectory, "uploads")) && Directory.EnumerateFileSystemEntries(Path.Combine(site.DataDirectory, "uploads")).Any());
    }
}

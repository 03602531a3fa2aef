using System.Text;
using MMM.Statements.Tests;
using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>What staff are told in the preview about the file they sent: its cleaned name, a wrong charset, a copy.</summary>
public sealed class UploadWarningTests : SignedInSiteTests
{
    private static readonly string Declaration = Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf");

    [Fact]
    public async Task ANameOfMoreThan200CharactersIsShortenedAndKeepsItsExtension()
    {
        var name = "Déclaration écrite " + new string('x', 240) + ".pdf";

        var preview = await admin.FollowAsync(await admin.PostFilesAsync("/admin/upload", "files", [(name, await File.ReadAllBytesAsync(Declaration))]));

        var shown = "Déclaration écrite " + new string('x', 200 - "Déclaration écrite ".Length - 4) + ".pdf";
        Assert.Contains(shown, preview);
        Assert.DoesNotContain("refusé", preview);
    }

    [Fact]
    public async Task AnOverrideNulAndDecomposedAccentsLeaveTheNameClean()
    {
        var preview = await admin.FollowAsync(await admin.PostFilesAsync("/admin/upload", "files",
            [("De\u0301claration\u202Efdp.exe\u0000 soins.pdf", await File.ReadAllBytesAsync(Declaration))]));

        Assert.Contains("Déclarationfdp.exe soins.pdf", preview);
        Assert.DoesNotContain('\u202E', preview);
        Assert.DoesNotContain('\u0000', preview);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\web.config", "web.config")]
    [InlineData("  soins\u200F.html ", "soins.html")]
    [InlineData("cafe\u0301.pdf", "café.pdf")]
    public void TheShownNameIsTheLastSegmentCleanedAndComposed(string sent, string shown)
    {
        Assert.Equal(shown, UploadQuarantine.DisplayName(sent));
    }

    [Fact]
    public async Task APageWhoseCharsetIsWrongIsReadRightAndThePreviewSaysSo()
    {
        var page = "<!doctype html><html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Les mères et le soin</title></head>"
            + "<body><article><h1>Les mères et le soin</h1><p>Le travail de soin non rémunéré des mères doit être reconnu.</p></article></body></html>";

        var preview = await admin.FollowAsync(await admin.PostFilesAsync("/admin/upload", "files", [("soin.html", Encoding.UTF8.GetBytes(page))]));

        Assert.Contains("La page déclare le jeu de caractères « windows-1252 », mais son contenu est en UTF-8", preview);
        Assert.Contains("Le travail de soin non rémunéré des mères", preview);
        Assert.DoesNotContain("mÃ¨res", preview);
    }

    [Fact]
    public async Task AFileAlreadyInTheCorpusIsNamedInThePreview()
    {
        var copy = await File.ReadAllBytesAsync(Path.Combine(site.SourceDirectory, "2024", "csw68-news-fr.html"));

        var preview = await admin.FollowAsync(await admin.PostFilesAsync("/admin/upload", "files", [("actualite.html", copy)]));

        Assert.Contains("Ce fichier est déjà dans le corpus, à l’identique : 2024/csw68-news-fr.html.", preview);
    }

    [Fact]
    public async Task ANewFileGetsNoCopyWarning()
    {
        var page = "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Nouvelle page</title></head><body><article><h1>Nouvelle page</h1><p>Un texte que le corpus n’a pas encore, sur les mères.</p></article></body></html>";

        var preview = await admin.FollowAsync(await admin.PostFilesAsync("/admin/upload", "files", [("nouvelle.html", Encoding.UTF8.GetBytes(page))]));

        Assert.DoesNotContain("déjà dans le corpus", preview);
        Assert.DoesNotContain("jeu de caractères", preview);
    }
}

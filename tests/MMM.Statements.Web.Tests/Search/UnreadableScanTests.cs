using System.Net;
using System.Text.RegularExpressions;
using MMM.Statements.Tests;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Tests.Admin;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>
/// A scan whose image holds no words either (a page that only draws a grey box): neither its text layer nor text
/// recognition gives anything, so its sidecar indexes it, and its page says why it shows no text and links the file.
/// </summary>
public sealed class UnreadableScanTests : SignedInSiteTests
{
    [Fact]
    public async Task AScanOcrCouldNotReadSaysWhyItHasNoTextAndLinksTheFile()
    {
        var pdf = Path.Combine(site.SourceDirectory, "2019", "scan-illisible.pdf");
        HostilePdfs.BlankDrawing(pdf);
        await File.WriteAllTextAsync(pdf + ".meta.json",
            """{ "title": "Déclaration numérisée illisible", "date": "2019-02-14", "language": "fr", "body": "CSocD", "session": "CSocD57", "type": "oral-statement" }""");
        Assert.Equal(StartOutcome.Started, site.Builds.TryStart(full: false, "test"));
        await site.Builds.IdleAsync();

        var cases = new[]
        {
            ("fr", "n’est pas affiché ici : Aucun texte extractible (document numérisé sans couche texte).", "la reconnaissance automatique du texte n’a pas pu la lire", "Consultez le fichier"),
            ("en", "is not shown here: No extractable text (a scan without a text layer).", "automatic text recognition could not read it", "See the file"),
            ("es", "no se muestra aquí: Ningún texto extraíble (documento escaneado sin capa de texto).", "el reconocimiento automático de texto no pudo leerla", "Consulte el archivo"),
        };
        foreach (var (lang, why, explained, seeTheFile) in cases)
        {
            var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/statements/2019-scan-illisible?lang=" + lang));

            var fullText = Regex.Match(html, @"<section aria-labelledby=""text-heading"" class=""card"">(.*?)</section>\s*</div>\s*<aside", RegexOptions.Singleline).Groups[1].Value;
            Assert.Contains("scan-illisible.pdf", fullText);
            Assert.Contains(why, fullText);
            Assert.Contains(explained, fullText);
            Assert.Matches(@"<a href=""/statements/2019-scan-illisible/files/1\?inline=1"">" + seeTheFile + "</a>", fullText);
            Assert.DoesNotContain("fulltext__ocr", fullText);
        }
    }
}

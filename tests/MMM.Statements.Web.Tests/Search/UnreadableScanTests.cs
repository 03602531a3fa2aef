using System.Net;
using System.Text;
using System.Text.RegularExpressions;
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
        WriteBlankDrawingPdf(pdf);
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

    /// <summary>A one-page PDF, written object by object with its cross-reference table, that draws a grey rectangle and no text.</summary>
    private static void WriteBlankDrawingPdf(string path)
    {
        const string content = "0.85 g 72 72 451 698 re f";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes(pdf.ToString()));
    }
}

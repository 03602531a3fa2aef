using System.Net;
using System.Text.RegularExpressions;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>
/// The bundled scans (image-only PDFs, their metadata from a sidecar) have their text recognised by OCR: their page
/// shows it, page by page, and tells the reader, in the reader's language, that it was recognised automatically.
/// </summary>
public sealed class ScannedStatementTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Theory]
    [InlineData("fr", "Texte reconnu automatiquement sur l’image numérisée de « csocd57-oral-statement-scan.pdf » (OCR)", "texte reconnu automatiquement")]
    [InlineData("en", "Text recognised automatically (OCR) from the scanned image of “csocd57-oral-statement-scan.pdf”", "text recognised automatically (OCR)")]
    [InlineData("es", "Texto reconocido automáticamente (OCR) a partir de la imagen escaneada de «csocd57-oral-statement-scan.pdf»", "texto reconocido automáticamente")]
    public async Task TheScansPageShowsItsRecognisedTextAndSaysItWasRecognisedAutomatically(string lang, string notice, string pageMark)
    {
        var path = await StatementPathAsync("CSocD57", "scan");

        var fullText = FullText(WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(path + "?lang=" + lang)));

        Assert.Contains(notice, fullText);
        Assert.Matches(@"<section class=""fulltext__page"" id=""file-1-page-1"">\s*<h3 class=""fulltext__pageno""[^>]*>[^<]*<span class=""badge fulltext__ocr-mark"">" + Regex.Escape(pageMark) + "</span>", fullText);
        Assert.Contains("Cameroun", fullText);
        Assert.DoesNotContain("fulltext__unread", fullText);
    }

    [Fact]
    public async Task TheSpanishScansPageShowsItsTextReadInSpanish()
    {
        var path = await StatementPathAsync("HRC49", "scan");

        var fullText = FullText(WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(path + "?lang=es")));

        Assert.Contains("texto reconocido automáticamente", fullText);
        Assert.Contains("España", fullText);
        Assert.Contains("posparto", fullText);
    }

    [Fact]
    public async Task AStatementWhoseTextWasReadFromItsTextLayerSaysNothingOfTheKind()
    {
        var html = await site.NewClient().GetStringAsync("/statements/2024-csw68-news-fr");

        Assert.DoesNotContain("fulltext__unread", html);
        Assert.DoesNotContain("fulltext__ocr", html);
    }

    private static string FullText(string html) =>
        Regex.Match(html, @"<section aria-labelledby=""text-heading"" class=""card"">(.*?)</section>\s*</div>\s*<aside", RegexOptions.Singleline).Groups[1].Value;

    private async Task<string> StatementPathAsync(string session, string fileNamePart)
    {
        var html = await site.NewClient().GetStringAsync("/?session=" + session);
        var path = Regex.Match(html, @"href=""(/statements/[^""?]*" + fileNamePart + @"[^""?]*)""").Groups[1].Value;
        Assert.NotEmpty(path);
        return path;
    }
}

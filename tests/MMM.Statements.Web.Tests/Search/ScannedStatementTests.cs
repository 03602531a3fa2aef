using System.Net;
using System.Text.RegularExpressions;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>
/// The bundled scan (an image-only PDF, its metadata from a sidecar) has no text to show: its page says why, in the
/// reader's language, and points to the file, instead of an empty "Texte intégral".
/// </summary>
public sealed class ScannedStatementTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Theory]
    [InlineData("fr", "n’est pas affiché ici : Aucun texte extractible (document numérisé sans couche texte).", "sans couche texte", "Consultez le fichier")]
    [InlineData("en", "is not shown here: No extractable text (a scan without a text layer).", "without a text layer", "See the file")]
    [InlineData("es", "no se muestra aquí: Ningún texto extraíble (documento escaneado sin capa de texto).", "sin capa de texto", "Consulte el archivo")]
    public async Task TheScansPageSaysWhyItHasNoTextAndLinksTheFile(string lang, string why, string explained, string seeTheFile)
    {
        var path = await ScanPathAsync();

        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(path + "?lang=" + lang));

        var fullText = Regex.Match(html, @"<section aria-labelledby=""text-heading"" class=""card"">(.*?)</section>\s*</div>\s*<aside", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("csocd57-oral-statement-scan.pdf", fullText);
        Assert.Contains(why, fullText);
        Assert.Contains(explained, fullText);
        Assert.Matches(@"<a href=""" + Regex.Escape(path) + @"/files/1\?inline=1"">" + seeTheFile + "</a>", fullText);
    }

    [Fact]
    public async Task AStatementWhoseTextWasReadSaysNothingOfTheKind()
    {
        var html = await site.NewClient().GetStringAsync("/statements/2024-csw68-news-fr");

        Assert.DoesNotContain("fulltext__unread", html);
    }

    private async Task<string> ScanPathAsync()
    {
        var html = await site.NewClient().GetStringAsync("/?session=CSocD57");
        var path = Regex.Match(html, @"href=""(/statements/[^""?]*scan[^""?]*)""").Groups[1].Value;
        Assert.NotEmpty(path);
        return path;
    }
}

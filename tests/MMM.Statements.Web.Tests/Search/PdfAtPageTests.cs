using System.Net;
using System.Text.RegularExpressions;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>
/// "Open the PDF at this page" must open the file in the browser's viewer, where <c>#page=N</c> means something; the
/// plain download link stays an attachment. Both file responses are sandboxed and never sniffed.
/// </summary>
public sealed partial class PdfAtPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private const string Csw68 = "/statements/2024-csw68-news-fr";

    [Fact]
    public async Task TheOpenAtPageLinkAsksForTheFileInlineAtItsPage()
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(Csw68));

        var links = AtPageLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches(@"^/statements/2024-csw68-news-fr/files/\d+\?inline=1#page=\d+$", link));
        Assert.Contains(links, link => link.EndsWith("#page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheResultsPageLinksAPageOfAPdfInline()
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/?q=pauvret%C3%A9"));

        Assert.Matches(@"class=""snippet__page""[^>]*href=""/statements/[^""]+/files/\d+\?inline=1#page=\d+""", html);
    }

    [Fact]
    public async Task AnInlinePdfIsServedForTheViewerInASandbox()
    {
        var response = await site.NewClient().GetAsync(await PdfPathAsync() + "?inline=1");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("csw68-written-statement-fr.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        AssertLockedDown(response);
    }

    [Fact]
    public async Task ThePlainDownloadStaysAnAttachmentInTheSameSandbox()
    {
        var response = await site.NewClient().GetAsync(await PdfPathAsync());

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        AssertLockedDown(response);
    }

    [Fact]
    public async Task AnHtmlFileIsNeverServedInlineEvenWhenAsked()
    {
        var html = await site.NewClient().GetStringAsync(Csw68);
        var htmlFile = Regex.Match(html, @"href=""(/statements/2024-csw68-news-fr/files/\d+)"" download>\s*<span class=""file__format"">HTML").Groups[1].Value;
        Assert.NotEmpty(htmlFile);

        var response = await site.NewClient().GetAsync(htmlFile + "?inline=1");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        AssertLockedDown(response);
    }

    private static void AssertLockedDown(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", csp.Split(';', StringSplitOptions.TrimEntries));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    private async Task<string> PdfPathAsync()
    {
        var html = await site.NewClient().GetStringAsync(Csw68);
        var path = Regex.Match(html, @"href=""(/statements/2024-csw68-news-fr/files/\d+)"" download>\s*<span class=""file__format"">PDF</span>\s*<span class=""file__name"">csw68-written-statement-fr.pdf").Groups[1].Value;
        Assert.NotEmpty(path);
        return path;
    }

    [GeneratedRegex(@"<a href=""([^""]+)"">ouvrir le PDF à cette page</a>")]
    private static partial Regex AtPageLink();
}

using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// "Ouvrir le PDF à cette page" in Debian's chromium: the file opens in the browser's own PDF viewer (headless chromium
/// has it, as an extension frame) at the page the link names, instead of being downloaded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfViewerBrowserTests(BrowserFixture fixture)
{
    // The viewer's page box, inside the shadow roots of chromium's PDF viewer (pdf-viewer › viewer-toolbar › viewer-page-selector):
    // "page/pages" once the document has loaded, null before.
    private const string ViewerPage = """
        () => {
          const viewer = document.querySelector('pdf-viewer');
          const toolbar = viewer && viewer.shadowRoot && viewer.shadowRoot.querySelector('viewer-toolbar');
          const selector = toolbar && toolbar.shadowRoot && toolbar.shadowRoot.querySelector('viewer-page-selector');
          const box = selector && selector.shadowRoot && selector.shadowRoot.querySelector('input');
          return box && selector.docLength > 0 ? box.value + '/' + selector.docLength : null;
        }
        """;

    [Fact]
    public async Task OpenThePdfAtThisPageShowsThatPageInTheBrowsersViewer()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        var downloads = new ConcurrentQueue<string>();
        page.Download += (_, download) => downloads.Enqueue(download.SuggestedFilename);
        await page.GotoAsync("/statements/2024-csw68-news-fr");
        var link = page.Locator(".fulltext__page a[href$='#page=2']").First;
        var href = await link.GetAttributeAsync("href");

        await link.ClickAsync();
        var viewer = await ViewerFrameAsync(page, downloads);
        // The viewer shows page 1 while it loads, then goes to the fragment's page: wait for that, then report what it shows.
        try
        {
            await viewer.WaitForFunctionAsync($"() => ({ViewerPage})() === '2/3'", null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
        }
        var shown = await viewer.EvaluateAsync<string?>(ViewerPage);

        Assert.Equal("2/3", shown);
        Assert.Empty(downloads);
        Assert.EndsWith("#page=2", href, StringComparison.Ordinal);
    }

    /// <summary>The frame chromium's PDF viewer runs in, once it has been attached to the page.</summary>
    private static async Task<IFrame> ViewerFrameAsync(IPage page, ConcurrentQueue<string> downloads)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (page.Frames.FirstOrDefault(f => f.Url.StartsWith("chrome-extension://", StringComparison.Ordinal)) is { } frame)
            {
                return frame;
            }
            Assert.True(downloads.Count == 0, "the link downloaded the file instead of showing it: " + string.Join(", ", downloads));
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no PDF viewer opened; frames: " + string.Join(", ", page.Frames.Select(f => f.Url)));
            }
            await Task.Delay(50);
        }
    }
}

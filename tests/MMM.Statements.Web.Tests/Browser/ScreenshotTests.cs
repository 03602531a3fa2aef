using Microsoft.Playwright;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>Writes the screenshots in <c>docs/screenshots/</c> that show the site's look (and checks that the pages render).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    private const long MaxBytes = 400 * 1024;

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/admin/login", "login")]
    public async Task HomeAndLoginScreenshotsAreWrittenForDesktopAndPhone(string path, string name)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (viewport, suffix) in new[] { (BrowserFixture.Desktop, "desktop"), (BrowserFixture.Phone, "phone") })
        {
            await using var browser = await fixture.NewPageAsync(viewport);
            await browser.Page.GotoAsync(path);
            var file = Path.Combine(folder, $"{name}-{suffix}.png");

            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png, FullPage = false });

            var bytes = new FileInfo(file).Length;
            Assert.InRange(bytes, 5 * 1024, MaxBytes);
            Assert.True(await browser.Page.Locator("header .site-search input[type=search]").IsVisibleAsync());
            Assert.True(await browser.Page.Locator(".lang-switch").IsVisibleAsync());
            browser.AssertClean();
        }
    }
}

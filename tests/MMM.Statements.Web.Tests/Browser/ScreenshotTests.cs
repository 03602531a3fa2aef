using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>Writes the screenshots that show the site's look (<see cref="Screenshots"/>: the README's when asked) and checks that the pages render.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    private const long MaxBytes = 400 * 1024;

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/admin/login", "login")]
    public async Task HomeAndLoginScreenshotsAreWrittenForDesktopAndPhone(string path, string name)
    {
        foreach (var (viewport, suffix) in new[] { (BrowserFixture.Desktop, "desktop"), (BrowserFixture.Phone, "phone") })
        {
            await using var browser = await fixture.NewPageAsync(viewport);
            await browser.Page.GotoAsync(path);
            var file = Screenshots.PathOf($"{name}-{suffix}");

            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png, FullPage = false });

            var bytes = new FileInfo(file).Length;
            Assert.InRange(bytes, 5 * 1024, MaxBytes);
            Assert.True(await browser.Page.Locator("header .site-search input[type=search]").IsVisibleAsync());
            Assert.True(await browser.Page.Locator(".lang-switch").IsVisibleAsync());
            browser.AssertClean();
        }
    }
}

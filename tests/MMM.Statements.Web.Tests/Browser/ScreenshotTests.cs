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

    [Theory]
    [InlineData("/sessions/CSW69", "session", ".session-items")]
    [InlineData("/topics/unpaid-care", "topic", ".chart__svg")]
    [InlineData("/compare?a=2021-csocd59-oral-statement-care&b=2023-csocd61-declaration-orale-soins", "compare", "table.compare")]
    public async Task SessionTopicAndCompareScreenshotsAreWrittenForDesktopAndPhone(string path, string name, string content)
    {
        foreach (var (viewport, suffix) in new[] { (BrowserFixture.Desktop, "desktop"), (BrowserFixture.Phone, "phone") })
        {
            await using var browser = await fixture.NewPageAsync(viewport);
            var response = await browser.Page.GotoAsync(path);
            var file = Screenshots.PathOf($"{name}-{suffix}");

            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png, FullPage = false });

            Assert.Equal(200, response!.Status);
            Assert.InRange(new FileInfo(file).Length, 5 * 1024, MaxBytes);
            Assert.True(await browser.Page.Locator(content).CountAsync() > 0, $"{path} shows its {content}");
            browser.AssertClean();
        }
    }
}

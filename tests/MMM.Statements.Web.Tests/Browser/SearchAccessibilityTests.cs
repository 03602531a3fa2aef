using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>axe-core on the search and statement pages, their phone layout, and the screenshots shown in the README.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/", 1280, 800)]
    [InlineData("/?q=soins", 1280, 800)]
    [InlineData("/?q=soins&session=CSocD64&lang=en", 1280, 800)]
    [InlineData("/?q=soins", 390, 844)]
    [InlineData("/?q=soins&unit=ask", 1280, 800)]
    [InlineData("/?q=maternitte", 1280, 800)]
    [InlineData("/statements/2024-csw68-news-fr?q=soins", 1280, 800)]
    [InlineData("/statements/2026-csocd64-declaration-ecrite-news?lang=es", 390, 844)]
    [InlineData("/admin/login", 1280, 800)]
    public async Task AxeFindsNoSeriousOrCriticalViolationsOnSearchAndStatementPages(string path, int width, int height)
    {
        await using var browser = await fixture.NewPageAsync(new() { Width = width, Height = height });
        await browser.Page.GotoAsync(path);

        var results = await browser.Page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        browser.AssertClean();
    }

    [Theory]
    [InlineData("/?q=soins")]
    [InlineData("/statements/2024-csw68-news-fr")]
    public async Task NothingOverflowsSidewaysAtPhoneWidth(string path)
    {
        await using var browser = await fixture.NewPageAsync(BrowserFixture.Phone);
        await browser.Page.GotoAsync(path);

        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px screen");
    }

    [Theory]
    [InlineData("/?q=soins%20non%20r%C3%A9mun%C3%A9r%C3%A9s&topic=unpaid-care", "results")]
    [InlineData("/statements/2024-csw68-news-fr?q=soins", "statement")]
    public async Task ResultsAndStatementScreenshotsAreWrittenForDesktopAndPhone(string path, string name)
    {
        foreach (var (viewport, suffix) in new[] { (BrowserFixture.Desktop, "desktop"), (BrowserFixture.Phone, "phone") })
        {
            await using var browser = await fixture.NewPageAsync(viewport);
            await browser.Page.GotoAsync(path);
            var file = Screenshots.PathOf($"{name}-{suffix}");

            await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Type = ScreenshotType.Png, FullPage = false });

            Assert.InRange(new FileInfo(file).Length, 5 * 1024, 400 * 1024);
            Assert.True(await browser.Page.Locator("main h1").IsVisibleAsync());
            browser.AssertClean();
        }
    }
}

using Deque.AxeCore.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    // The home and login pages at desktop size are checked, with the same rule, by SearchAccessibilityTests.
    [Theory]
    [InlineData("/", 390, 844)]
    [InlineData("/admin/login", 390, 844)]
    [InlineData("/nulle-part", 1280, 800)]
    [InlineData("/?lang=en", 1280, 800)]
    public async Task AxeFindsNoSeriousOrCriticalViolations(string path, int width, int height)
    {
        await using var browser = await fixture.NewPageAsync(new() { Width = width, Height = height });
        await browser.Page.GotoAsync(path);

        var results = await browser.Page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/login")]
    public async Task NothingOverflowsSidewaysAtPhoneWidth(string path)
    {
        await using var browser = await fixture.NewPageAsync(BrowserFixture.Phone);
        await browser.Page.GotoAsync(path);

        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px screen");
        browser.AssertClean();
    }
}

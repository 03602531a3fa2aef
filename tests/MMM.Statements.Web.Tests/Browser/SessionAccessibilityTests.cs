using Deque.AxeCore.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SessionAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/sessions/CSW68", "fr")]
    [InlineData("/sessions/CSW68", "en")]
    [InlineData("/sessions/CSW68", "es")]
    [InlineData("/sessions/CSocD60", "fr")]
    [InlineData("/sessions", "fr")]
    [InlineData("/sessions", "en")]
    [InlineData("/sessions", "es")]
    public async Task SessionPagesAreAxeCleanInEachLanguage(string path, string lang)
    {
        await using var browser = await fixture.NewPageAsync();
        var response = await browser.Page.GotoAsync(path + "?lang=" + lang);

        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await browser.Page.GetAttributeAsync("html", "lang"));
        Assert.True(await browser.Page.Locator(".session-facts, .session-list").CountAsync() > 0, "the session page itself, not an error page");
        var results = await browser.Page.RunAxe();

        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        browser.AssertClean();
    }

    [Fact]
    public async Task TheSessionPageFitsAPhoneScreen()
    {
        await using var browser = await fixture.NewPageAsync(BrowserFixture.Phone);
        var response = await browser.Page.GotoAsync("/sessions/CSW69?lang=es");

        Assert.Equal(200, response!.Status);
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the session page is {overflow}px wider than a 390px screen");
        browser.AssertClean();
    }
}

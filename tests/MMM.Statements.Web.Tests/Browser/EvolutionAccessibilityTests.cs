using Deque.AxeCore.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>The topic timelines and the compare page in a real browser: axe-clean in each language, and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvolutionAccessibilityTests(BrowserFixture fixture)
{
    private const string ComparePath = "/compare?a=2021-csocd59-oral-statement-care&b=2023-csocd61-declaration-orale-soins";

    [Theory]
    [InlineData("/topics/unpaid-care", "fr", ".chart__svg")]
    [InlineData("/topics/unpaid-care", "en", ".chart__svg")]
    [InlineData("/topics/unpaid-care", "es", ".chart__svg")]
    [InlineData("/topics", "fr", ".topic-list")]
    [InlineData(ComparePath, "fr", "table.compare")]
    [InlineData(ComparePath, "en", "table.compare")]
    [InlineData(ComparePath, "es", "table.compare")]
    [InlineData("/compare?a=2026-csocd64-declaration-ecrite-news&b=2026-csocd64-written-statement-en", "en", "table.compare")]
    public async Task TimelineAndComparePagesAreAxeCleanInEachLanguage(string path, string lang, string content)
    {
        await using var browser = await fixture.NewPageAsync();
        var response = await browser.Page.GotoAsync(path + (path.Contains('?') ? "&" : "?") + "lang=" + lang);

        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await browser.Page.GetAttributeAsync("html", "lang"));
        Assert.True(await browser.Page.Locator(content).CountAsync() > 0, $"the page itself ({content}), not an error page");
        var results = await browser.Page.RunAxe();

        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        browser.AssertClean();
    }

    [Fact]
    public async Task AChartBarIsAKeyboardLinkToTheSearchOfItsYearAndBody()
    {
        await using var browser = await fixture.NewPageAsync();
        await browser.Page.GotoAsync("/topics/unpaid-care?lang=en");
        var bar = browser.Page.Locator("a.chart__bar").First;
        var body = await bar.GetAttributeAsync("data-body");
        var year = await bar.GetAttributeAsync("data-year");
        var count = await bar.GetAttributeAsync("data-count");

        // Focus and Enter in one action on the bar, so that nothing the page does in between takes the key.
        await bar.PressAsync("Enter");
        await browser.Page.WaitForURLAsync(url => url.Contains("year=" + year, StringComparison.Ordinal));

        Assert.Contains("topic=unpaid-care", browser.Page.Url);
        Assert.Contains("body=" + body, browser.Page.Url);
        Assert.Equal(count, (await browser.Page.Locator(".hits > li").CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        browser.AssertClean();
    }

    [Theory]
    [InlineData("/topics/unpaid-care?lang=es")]
    [InlineData(ComparePath + "&lang=fr")]
    public async Task TheTopicAndComparePagesFitAPhoneScreen(string path)
    {
        await using var browser = await fixture.NewPageAsync(BrowserFixture.Phone);
        var response = await browser.Page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px screen");
        browser.AssertClean();
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>The search page as a visitor uses it in Debian's chromium: typing, facets, pages, keyboard, languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TypingAQueryShowsCountedResultsWithMarkedSnippets()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.FillAsync("#site-search-q", "soins");
        await page.PressAsync("#site-search-q", "Enter");
        await page.ArriveAtAsync("**/?q=soins");

        var count = await page.Locator("#results-count strong").InnerTextAsync();
        Assert.Matches(@"^\d+ déclarations trouvées$", count);
        Assert.True(await page.Locator(".hit").CountAsync() is > 0 and <= 10);
        Assert.True(await page.Locator(".snippet mark").First.IsVisibleAsync());
        Assert.Equal("polite", await page.GetAttributeAsync("#results-count", "aria-live"));
        browser.AssertClean();
    }

    [Fact]
    public async Task ClickingASessionFiltersToItsCountAndKeepsTheOtherSessions()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?q=soins");
        var csocd64 = page.Locator(".facet__value[data-facet=session][data-value=CSocD64]");
        var expected = int.Parse(await csocd64.Locator(".facet__count").InnerTextAsync(), CultureInfo.InvariantCulture);
        var otherBefore = await SessionCounts(page);

        await csocd64.ClickAsync();
        await page.ArriveAtAsync("**/?q=soins&session=CSocD64");

        var count = await page.Locator("#results-count strong").InnerTextAsync();
        Assert.Equal(expected, int.Parse(Number().Match(count).Value, CultureInfo.InvariantCulture));
        Assert.Equal(expected, await page.Locator(".hit").CountAsync());
        Assert.Equal(otherBefore, await SessionCounts(page));
        Assert.Equal("true", await page.Locator(".facet__value[data-facet=session][data-value=CSocD64]").GetAttributeAsync("aria-current"));
        Assert.Equal(["CSocD"], await page.Locator(".facet__value[data-facet=body]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.value)"));

        await page.Locator("[data-chip='session:CSocD64']").ClickAsync();
        await page.ArriveAtAsync("**/?q=soins");
        Assert.Equal(0, await page.Locator(".chip").CountAsync());
        browser.AssertClean();
    }

    [Fact]
    public async Task TheNextPageShowsOtherStatements()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?q=soins&size=5");
        var first = await page.Locator(".hit__title a").AllInnerTextsAsync();

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await page.ArriveAtAsync("**/?q=soins&size=5&page=2");

        var second = await page.Locator(".hit__title a").AllInnerTextsAsync();
        Assert.Equal(5, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.Equal("2", Number().Match(await page.Locator(".pager [aria-current=page]").InnerTextAsync()).Value);
        browser.AssertClean();
    }

    [Fact]
    public async Task TheFacetsCanBeUsedWithTheKeyboardAlone()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?q=soins");

        // Tab from the top of the page to the "go to the filters" link, follow it, then Tab to a topic, as a keyboard user would.
        Assert.True(await TabUntil(page, "document.activeElement.classList.contains('skip-filters')", 60));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await TabUntil(page, "document.activeElement.dataset.facet === 'topic'", 80));
        var focused = await page.EvaluateAsync<string>("document.activeElement.dataset.facet");
        Assert.Equal("topic", focused);
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        var value = await page.EvaluateAsync<string>("document.activeElement.dataset.value");

        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(new Regex("topic=" + Regex.Escape(value)));

        Assert.Equal("true", await page.Locator($".facet__value[data-facet=topic][data-value='{value}']").GetAttributeAsync("aria-current"));
        browser.AssertClean();
    }

    [Fact]
    public async Task TheLanguageSwitchKeepsTheSearch()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?q=soins&session=CSocD64");

        await page.GetByRole(AriaRole.Link, new() { Name = "EN (English)", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/?q=soins&session=CSocD64&lang=en");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Matches(@"^1 statement found$|^\d+ statements found$", await page.Locator("#results-count strong").InnerTextAsync());
        Assert.Equal("Refine", await page.Locator("#facets-heading").TextContentAsync());
        // A French statement in the English interface says so.
        Assert.Equal("fr", await page.Locator(".hit").First.GetAttributeAsync("lang"));
        browser.AssertClean();
    }

    [Fact]
    public async Task AUnSymbolTypedInTheBoxOpensItsStatement()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.FillAsync("#site-search-q", "E/CN.6/2024/NGO/108");
        await page.PressAsync("#site-search-q", "Enter");
        await page.ArriveAtAsync("**/statements/2024-csw68*");

        Assert.Contains("E/CN.6/2024/NGO/108", await page.Locator(".meta").InnerTextAsync());
        browser.AssertClean();
    }

    [Fact]
    public async Task TheSymbolLinkResolverOpensTheStatement()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;

        await page.GotoAsync("/symbol/E/CN.5/2026/NGO/31");

        Assert.Matches("/statements/2026-csocd64", page.Url);
        Assert.Contains("E/CN.5/2026/NGO/31", await page.Locator(".meta").InnerTextAsync());
        browser.AssertClean();
    }

    [Fact]
    public async Task AutocompleteOffersWordsFromTheIndexAndTheKeyboardChoosesOne()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.Locator("#site-search-q").PressSequentiallyAsync("soi", new() { Delay = 50 });
        var option = page.Locator("#site-search-suggestions [role=option]", new() { HasTextString = "soins" });
        await option.First.WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#site-search-q", "aria-expanded"));

        // Arrow down until the highlighted option is "soins" (a late answer for a shorter prefix may redraw the list once).
        var chosen = false;
        for (var i = 0; i < 20 && !chosen; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            chosen = await page.EvaluateAsync<bool>(
                "(() => { const id = document.getElementById('site-search-q').getAttribute('aria-activedescendant'); const o = id && document.getElementById(id); return !!o && o.textContent === 'soins'; })()");
        }
        Assert.True(chosen);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/?q=soins");
        browser.AssertClean();
    }

    [Fact]
    public async Task AutocompleteAfterSeveralWordsKeepsThemInTheSearchItRuns()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.Locator("#site-search-q").PressSequentiallyAsync("soins non rém", new() { Delay = 50 });
        var option = page.Locator("#site-search-suggestions [role=option]", new() { HasTextString = "soins non rémunérés" });
        await option.First.WaitForAsync();
        Assert.All(await page.Locator("#site-search-suggestions [role=option]").AllInnerTextsAsync(),
            s => Assert.StartsWith("soins non ", s, StringComparison.Ordinal));

        await option.First.ClickAsync();
        await page.ArriveAtAsync("**/?q=soins+non+r%C3%A9mun%C3%A9r%C3%A9s");
        Assert.Equal("soins non rémunérés", await page.InputValueAsync("#site-search-q"));
        browser.AssertClean();
    }

    private static async Task<bool> TabUntil(IPage page, string condition, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("!!document.activeElement && (" + condition + ")"))
            {
                return true;
            }
        }
        return false;
    }

    private static async Task<Dictionary<string, string>> SessionCounts(IPage page) =>
        (await page.Locator(".facet__value[data-facet=session]").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.dataset.value, e.querySelector('.facet__count').textContent])"))
        .ToDictionary(p => p[0], p => p[1]);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}

using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>The statement page in Debian's chromium: from a result to the page, the download, the citation copy.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatementBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AResultOpensItsStatementWithTheQueryHighlighted()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/?q=pauvret%C3%A9");
        var title = await page.Locator(".hit__title a").First.InnerTextAsync();

        await page.Locator(".hit__title a").First.ClickAsync();
        await page.ArriveAtAsync("**/statements/**");

        Assert.Equal(title, await page.Locator("main h1").InnerTextAsync());
        Assert.True(await page.Locator(".fulltext mark").CountAsync() > 0);
        Assert.Equal("pauvreté", (await page.Locator(".fulltext mark").First.InnerTextAsync()).ToLowerInvariant());
        browser.AssertClean();
    }

    [Fact]
    public async Task ThePdfDownloadsWithItsOwnName()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/statements/2024-csw68-news-fr");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator(".file__link", new() { HasTextString = "csw68-written-statement-fr.pdf" }).ClickAsync());
        var path = await download.PathAsync();

        Assert.Equal("csw68-written-statement-fr.pdf", download.SuggestedFilename);
        var head = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(head);
        }
        Assert.Equal("%PDF-"u8.ToArray(), head);
        browser.AssertClean();
    }

    [Fact]
    public async Task TheCopyButtonPutsTheCitationOnTheClipboard()
    {
        await using var browser = await fixture.NewPageAsync(locale: "en-GB");
        var page = browser.Page;
        await browser.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseUrl });
        await page.GotoAsync("/statements/2024-csw68-news-fr");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the citation" }).ClickAsync();
        await page.Locator(".cite__status", new() { HasTextString = "copied" }).WaitForAsync();

        var clipboard = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal("Make Mothers Matter, written statement to the 68th session of the Commission on the Status of Women (CSW68), E/CN.6/2024/NGO/108, 2024", clipboard);
        browser.AssertClean();
    }

    [Fact]
    public async Task ACitedSymbolLinkLeadsToItsStatementOrASearch()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/statements/2024-csw68-news-fr");

        await page.NextDocumentAsync(() => page.Locator(".meta a.symbol").First.ClickAsync());

        Assert.True(page.Url.Contains("/statements/", StringComparison.Ordinal) || page.Url.Contains("?q=", StringComparison.Ordinal), page.Url);
        browser.AssertClean();
    }
}

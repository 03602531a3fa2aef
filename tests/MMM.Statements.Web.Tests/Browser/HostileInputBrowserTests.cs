namespace MMM.Statements.Web.Tests.Browser;

/// <summary>Hostile query strings echoed back by the shell must stay text: no dialog, no CSP report, no injected element.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileInputBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><svg onload=alert(1)>")]
    [InlineData("'><img src=x onerror=alert(1)>")]
    [InlineData("</title><script>confirm(1)</script>")]
    [InlineData("javascript:alert(1)")]
    public async Task AnEchoedQueryStaysText(string query)
    {
        await using var browser = await fixture.NewPageAsync();
        await browser.Page.GotoAsync("/?q=" + Uri.EscapeDataString(query) + "&lang=" + Uri.EscapeDataString(query));

        Assert.Equal(query, await browser.Page.InputValueAsync("#site-search-q"));
        Assert.Equal(0, await browser.Page.EvaluateAsync<int>("document.querySelectorAll('script:not([nonce]), svg, img, [onerror], [onload]').length"));
        browser.AssertClean();
    }
}

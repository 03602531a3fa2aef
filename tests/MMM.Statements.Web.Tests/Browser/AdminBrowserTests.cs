using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AStaffMemberSignsInAndOutWithTheKeyboardOnly()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/admin");

        Assert.EndsWith("/admin/login?ReturnUrl=%2Fadmin", page.Url);
        Assert.Equal("Username", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserFixture.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/admin");

        Assert.Equal("Tableau de bord", await page.Locator("main h1").InnerTextAsync());
        Assert.Contains("Connecté en tant que admin", await page.Locator("main").InnerTextAsync());

        await TabUntilFocusedAsync(page, "Se déconnecter");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(fixture.BaseUrl + "/");
        await page.GotoAsync("/admin");

        Assert.Contains("/admin/login", page.Url);
        browser.AssertClean();
    }

    [Fact]
    public async Task TheSkipLinkIsTheFirstStopAndMovesFocusToTheContent()
    {
        await using var browser = await fixture.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        browser.AssertClean();
    }

    private static async Task TabUntilFocusedAsync(IPage page, string text)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("(document.activeElement.innerText || '').trim()") == text)
            {
                return;
            }
        }
        Assert.Fail($"No focusable element \"{text}\" within 40 Tab presses.");
    }
}

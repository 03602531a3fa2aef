using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheLanguageSwitchChangesTheInterfaceAndIsKeptOnTheNextPage()
    {
        await using var browser = await fixture.NewPageAsync(locale: "fr-FR");
        var page = browser.Page;
        await page.GotoAsync("/");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Rechercher", await page.Locator(".site-search button").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "EN (English)", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/?lang=en");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Search", await page.Locator(".site-search button").InnerTextAsync());

        await page.GotoAsync("/admin/login");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Sign in to administration", await page.Locator("main h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "ES (Español)", Exact = true }).ClickAsync();
        await page.ArriveAtAsync("**/admin/login?lang=es");
        Assert.Equal("Iniciar sesión", await page.Locator("main button[type=submit]").InnerTextAsync());
        browser.AssertClean();
    }

    [Fact]
    public async Task ABrowserInSpanishGetsTheSpanishInterface()
    {
        await using var browser = await fixture.NewPageAsync(locale: "es-ES");
        await browser.Page.GotoAsync("/");

        Assert.Equal("es", await browser.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("MMM · Declaraciones", await browser.Page.Locator(".brand__name").InnerTextAsync());
    }
}

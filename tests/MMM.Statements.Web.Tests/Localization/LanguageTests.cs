using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Localization;

public sealed class LanguageTests : IDisposable
{
    private readonly SiteFactory site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task FrenchIsTheDefault()
    {
        var html = await site.NewClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("MMM · Déclarations", html);
        Assert.Contains(">Rechercher</button>", html);
    }

    [Fact]
    public async Task LangParameterSwitchesToEnglishAndIsRemembered()
    {
        var client = site.NewClient();

        var first = await client.GetAsync("/?lang=en");
        var next = await client.GetStringAsync("/admin/login");

        Assert.Contains("<html lang=\"en\">", await first.Content.ReadAsStringAsync());
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mmm-lang=", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\">", next);
        Assert.Contains("Sign in to administration", next);
    }

    [Fact]
    public async Task TheLanguageCookieAloneChoosesSpanish()
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", "mmm-lang=c%3Des%7Cuic%3Des");

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains(">Buscar</button>", html);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", "en", "Search the statements")]
    [InlineData("es-AR", "es", "Buscar en las declaraciones")]
    [InlineData("de-DE,de;q=0.9", "fr", "Rechercher dans les déclarations")]
    public async Task AcceptLanguageIsUsedWithoutCookieOrParameter(string header, string lang, string label)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Add("Accept-Language", header);

        var html = await client.GetStringAsync("/");

        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains(label, html);
    }

    [Fact]
    public async Task TheParameterWinsOverTheCookieAndTheHeader()
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", "mmm-lang=c%3Des%7Cuic%3Des");
        client.DefaultRequestHeaders.Add("Accept-Language", "es");

        var html = await client.GetStringAsync("/?lang=en");

        Assert.Contains("<html lang=\"en\">", html);
    }

    [Fact]
    public async Task TheSwitcherLinksKeepTheQueryAndMarkTheCurrentLanguage()
    {
        var html = await site.NewClient().GetStringAsync("/?q=cong%C3%A9+parental&lang=es");

        Assert.Contains("href=\"/?q=cong%C3%A9%20parental&amp;lang=fr\"", html);
        Assert.Matches("<a href=\"[^\"]*lang=es\" lang=\"es\" hreflang=\"es\" aria-current=\"true\"", html);
        Assert.Contains("value=\"congé parental\"", html);
    }
}

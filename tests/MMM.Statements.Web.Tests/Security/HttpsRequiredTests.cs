using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

/// <summary>
/// Production reached over plain HTTP (no TLS proxy in front, or one that is not configured): the admin pages and form
/// posts used to fail with a 500 and a stack trace in the log, because their cookies are HTTPS-only.
/// </summary>
public sealed class HttpsRequiredTests : IDisposable
{
    private readonly SiteFactory site = new(environment: "Production");
    private readonly LogRecorder logs = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("GET", "/admin/login")]
    [InlineData("GET", "/admin")]
    [InlineData("POST", "/admin/login")]
    [InlineData("POST", "/")]
    [InlineData("POST", "/statements/csocd61-oral-statement")]
    [InlineData("PUT", "/admin/upload")]
    public async Task AnAdminPageOrAFormPostOverPlainHttpSaysHttpsIsRequired(string method, string path)
    {
        using var logged = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var client = logged.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new FormUrlEncodedContent([new("Username", "admin"), new("Password", "x")]),
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Connexion sécurisée (HTTPS) requise", html);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Exception", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "A secure connection (HTTPS) is required")]
    [InlineData("es", "Se requiere una conexión segura (HTTPS)")]
    public async Task TheHttpsPageSpeaksTheVisitorsLanguage(string language, string title)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Add("Accept-Language", language);

        var html = await (await client.GetAsync("/admin/login")).Content.ReadAsStringAsync();

        Assert.Contains(title, html);
    }

    [Fact]
    public async Task PublicPagesStayReadableOverPlainHttp()
    {
        var response = await site.NewClient().GetAsync("/?q=soins");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithAnHttpsPublicUrlTheSignInPageRedirectsThere()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Statements:PublicUrl", "https://declarations.example.org"));
        var client = configured.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/admin/login?ReturnUrl=%2Fadmin");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://declarations.example.org/admin/login?ReturnUrl=%2Fadmin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task OverHttpsTheSignInPageStillWorks()
    {
        var response = await site.NewClient(https: true).GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

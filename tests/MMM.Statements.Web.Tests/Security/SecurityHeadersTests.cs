using System.Net;
using System.Text.RegularExpressions;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly SiteFactory site = new();

    public void Dispose() => site.Dispose();

    public static TheoryData<string, HttpStatusCode> Routes => new()
    {
        { "/", HttpStatusCode.OK },
        { "/admin/login", HttpStatusCode.OK },
        { "/admin", HttpStatusCode.Redirect },
        { "/no-such-page", HttpStatusCode.NotFound },
        { "/css/site.css", HttpStatusCode.OK },
        { "/js/site.js", HttpStatusCode.OK },
        { "/healthz", HttpStatusCode.OK },
        { "/api/no-such-endpoint", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode expected)
    {
        var response = await site.NewClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Matches("script-src 'self' 'nonce-[0-9A-F]{32}'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task ThePageScriptCarriesTheNonceOfItsOwnResponse()
    {
        var response = await site.NewClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var nonce = Regex.Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        var scripts = Regex.Matches(html, "<script[^>]*>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value));
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task EachResponseGetsAFreshNonce()
    {
        var client = site.NewClient();
        var first = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));
        var second = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task HstsIsSentForAYearWithSubdomainsOutsideDevelopment()
    {
        using var production = new SiteFactory(environment: "Production");

        var response = await production.NewClient(https: true).GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task PrivateFilesOutsideTheWebRootAreNotServed()
    {
        var client = site.NewClient();
        foreach (var path in new[] { "/appsettings.json", "/MMM.Statements.Web.dll", "/.git/config", "/../app-data/accounts.json", "/accounts.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }
}

using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Api;

/// <summary>
/// Absolute links (Atom feed, RIS and BibTeX citation URLs, the statement page's permalink, the CSV export) never come
/// from the raw Host header: <c>Host: evil.example</c> used to end up in all of them.
/// </summary>
public sealed class PublicUrlTests : IDisposable
{
    private const string Statement = "/statements/2024-csw68-news-fr";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SiteFactory site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task AForgedHostHeaderReachesNoLink()
    {
        var client = ClientWithHost(site, "evil.example");

        foreach (var url in new[] { "/feed.atom?q=soins", Statement + "/cite.ris", Statement + "/cite.bib", "/export.csv?q=soins", Statement })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("evil.example", body);
        }
        Assert.Contains("UR  - http://localhost" + Statement, await client.GetStringAsync(Statement + "/cite.ris"));
    }

    [Fact]
    public async Task TheConfiguredPublicUrlIsWhereEveryLinkPoints()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Statements:PublicUrl", "https://declarations.example.org/mmm/"));
        var client = ClientWithHost(configured, "evil.example");

        var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom?q=soins"));
        var ris = await client.GetStringAsync(Statement + "/cite.ris");
        var bib = await client.GetStringAsync(Statement + "/cite.bib");

        var links = feed.Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!).Concat(feed.Descendants(Atom + "id").Select(i => i.Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("https://declarations.example.org/mmm/", l));
        Assert.Contains("UR  - https://declarations.example.org/mmm" + Statement + "\r\n", ris);
        Assert.Contains("url = {https://declarations.example.org/mmm" + Statement + "}", bib);
    }

    [Fact]
    public async Task WithAnAllowedHostsListTheRequestsHostIsUsedAndOthersAreRefused()
    {
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "declarations.example.org;localhost"));

        var ris = await ClientWithHost(configured, "declarations.example.org").GetStringAsync(Statement + "/cite.ris");
        var forged = await ClientWithHost(configured, "evil.example").GetAsync(Statement + "/cite.ris");

        Assert.Contains("UR  - http://declarations.example.org" + Statement, ris);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task APublicUrlThatIsNotAnAbsoluteHttpUrlStopsTheSiteFromStarting()
    {
        using var misconfigured = site.WithWebHostBuilder(b => b.UseSetting("Statements:PublicUrl", "declarations.example.org"));

        var failure = await Record.ExceptionAsync(async () => await misconfigured.CreateClient().GetAsync("/"));

        Assert.NotNull(failure);
        Assert.Contains("Statements:PublicUrl", failure.ToString());
    }

    [Fact]
    public async Task AKnownProxyThatIsNotAnAddressStopsTheSiteFromStarting()
    {
        using var misconfigured = site.WithWebHostBuilder(b => b.UseSetting("Statements:KnownProxies:0", "proxy.internal"));

        var failure = await Record.ExceptionAsync(async () => await misconfigured.CreateClient().GetAsync("/"));

        Assert.NotNull(failure);
        Assert.Contains("Statements:KnownProxies", failure.ToString());
    }

    private static HttpClient ClientWithHost(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string host)
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = host;
        return client;
    }
}

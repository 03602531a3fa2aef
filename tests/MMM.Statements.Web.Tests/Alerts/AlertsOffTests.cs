using System.Net;
using MMM.Statements.Web.Tests.Infrastructure;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Alerts;

/// <summary>A site without <c>Statements:Smtp:Host</c> offers only the Atom feed of a search.</summary>
public sealed class AlertsOffTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Theory]
    [InlineData("fr", "Suivre cette recherche")]
    [InlineData("en", "Follow this search")]
    [InlineData("es", "Seguir esta búsqueda")]
    public async Task EverySearchOffersItsFeedAndNoEmailFormWithoutAMailServer(string lang, string heading)
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/?q=nomatchwhatsoeverzz&lang=" + lang));

        Assert.Contains(heading, html);
        Assert.Contains("href=\"/feed.atom?q=nomatchwhatsoeverzz\"", html);
        Assert.DoesNotContain("name=\"address\"", html);
    }

    [Fact]
    public async Task ASignUpPostIsNotFound()
    {
        var client = site.NewClient();
        var token = await Forms.TokenFromAsync(client, "/admin/login");

        var response = await Forms.PostAsync(client, "/alerts", token, ("address", "someone@example.org"), ("search", "q=soins"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

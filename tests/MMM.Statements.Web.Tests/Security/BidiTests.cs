using System.Net;
using System.Text.Json;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Security;

/// <summary>
/// Bidi controls in what the site echoes: U+202E in a query used to come back as it was, reversing the page's text
/// after it. They are now removed from the query (without splitting the word they sat in), and the places that show
/// a visitor's or a document's text get <c>dir="auto"</c>, so even a right-to-left title cannot turn the line around it.
/// </summary>
public sealed class BidiTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task AnOverrideInTheQueryIsNotEchoedAndTheWordStillMatches()
    {
        var client = site.NewClient();

        var html = await client.GetStringAsync("/?q=soi%E2%80%AEns");
        var withOverride = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=soi%E2%80%AEns")).RootElement;
        var plain = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=soins")).RootElement;

        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("value=\"soins\"", html);
        Assert.Equal("soins", withOverride.GetProperty("query").GetString());
        Assert.True(plain.GetProperty("total").GetInt32() > 0);
        Assert.Equal(plain.GetProperty("total").GetInt32(), withOverride.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheSearchBoxResultTitlesAndTheStatementTitleTakeTheirDirectionFromTheirText()
    {
        var client = site.NewClient();

        var results = await client.GetStringAsync("/?q=soins");
        var statement = await client.GetAsync("/statements/2024-csw68-news-fr");

        Assert.Matches("<input id=\"site-search-q\"[^>]* dir=\"auto\"", results);
        Assert.Matches("<h3 class=\"hit__title\"><a href=\"[^\"]+\" dir=\"auto\">", results);
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Matches("<h1 [^>]*dir=\"auto\"", await statement.Content.ReadAsStringAsync());
    }
}

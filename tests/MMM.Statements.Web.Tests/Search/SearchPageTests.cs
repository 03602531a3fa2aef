using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Search;

public sealed partial class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task EmptyQueryListsTheNewestStatementsAndTheFacetOverview()
    {
        var html = await site.NewClient().GetStringAsync("/");

        Assert.Contains("Dernières déclarations", html);
        Assert.Contains("id=\"facets\"", html);
        Assert.Contains("data-facet=\"session\" data-value=\"CSocD64\"", html);
        var dates = DateTimes().Matches(html).Select(m => DateOnly.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(dates.Count >= 5, "the newest statements should be listed with their dates");
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task AQueryShowsCountSnippetsWithMarksAndPageLinks()
    {
        var html = await site.NewClient().GetStringAsync("/?q=soins");

        Assert.Matches(@"<strong>\d+ déclarations trouvées</strong>", html);
        Assert.Contains("aria-live=\"polite\"", html);
        Assert.Contains("<mark>soins</mark>", html);
        Assert.Matches(@"href=""/statements/[^""]+/files/\d+\?inline=1#page=\d+""[^>]*>p\. \d+</a>", html);
    }

    [Fact]
    public async Task SelectingASessionFiltersTheHitsButKeepsTheOtherSessionsCounts()
    {
        var client = site.NewClient();
        var all = await Json(client, "/api/search?q=soins");
        var filtered = await Json(client, "/api/search?q=soins&session=CSocD64");

        var before = Counts(all, "session");
        var after = Counts(filtered, "session");
        Assert.Equal(before["CSocD64"], filtered.GetProperty("total").GetInt32());
        Assert.True(before.Count > 3);
        Assert.Equal(before, after);
        // Other facets do follow the filter: only CSocD statements remain.
        Assert.Equal(["CSocD"], Counts(filtered, "body").Keys);
        var page = await client.GetStringAsync("/?q=soins&session=CSocD64");
        Assert.Contains("class=\"chip\"", page);
        Assert.Contains("aria-current=\"true\"", page);
    }

    [Fact]
    public async Task TwoValuesOfOneFacetCombineWithOr()
    {
        var client = site.NewClient();
        var csw68 = (await Json(client, "/api/search?session=CSW68")).GetProperty("total").GetInt32();
        var csw70 = (await Json(client, "/api/search?session=CSW70")).GetProperty("total").GetInt32();
        var both = (await Json(client, "/api/search?session=CSW68&session=CSW70")).GetProperty("total").GetInt32();

        Assert.True(csw68 > 0 && csw70 > 0);
        Assert.Equal(csw68 + csw70, both);
    }

    [Fact]
    public async Task FacetLinksAndChipsCarryTheWholeStateInTheUrl()
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/?q=soins&session=CSocD64&sort=newest"));

        // The chip removes only its own filter and keeps the query and the sort.
        Assert.Contains("href=\"/?q=soins&sort=newest\" data-chip=\"session:CSocD64\"", html);
        // A topic link adds to the session filter.
        Assert.Matches(@"href=""/\?q=soins&session=CSocD64&topic=[a-z-]+&sort=newest""", html);
        Assert.Contains("Tout effacer", html);
    }

    [Fact]
    public async Task PaginationLinksToTheNextPageAndMarksTheCurrentOne()
    {
        var client = site.NewClient();
        var first = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=soins&size=5"));
        var second = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=soins&size=5&page=2"));

        Assert.Contains("rel=\"next\" href=\"/?q=soins&size=5&page=2\"", first);
        Assert.Contains("rel=\"prev\" href=\"/?q=soins&size=5\"", second);
        Assert.Contains("<ol class=\"hits\" start=\"6\">", second);
        Assert.NotEqual(HitIds(first), HitIds(second));
        Assert.Empty(HitIds(first).Intersect(HitIds(second)));
    }

    [Theory]
    [InlineData("/?sort=random", "Ordre de tri inconnu")]
    [InlineData("/?session=%3Cscript%3E", "Un filtre de l’adresse n’a pas un format valide.")]
    [InlineData("/?page=abc", "Le numéro de page")]
    public async Task AnUnreadableUrlGets400WithAFriendlyMessage(string url, string message)
    {
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("<html lang=\"fr\">", html);
    }

    [Fact]
    public async Task AQueryOverTheLimitIsRefused()
    {
        var response = await site.NewClient().GetAsync("/?q=" + new string('a', 513));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("512", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageAndSizeAreClampedNotRefused()
    {
        var result = await Json(site.NewClient(), "/api/search?size=500&page=99999");

        Assert.Equal(50, result.GetProperty("size").GetInt32());
        Assert.Equal(1000, result.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task AUnSymbolQueryGoesStraightToItsStatement()
    {
        var response = await site.NewClient().GetAsync("/?q=" + Uri.EscapeDataString("E/CN.6/2024/NGO/108"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/statements/2024-csw68", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task NoResultsOffersTheQueryWithoutItsFilters()
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/?q=soins&session=CSW63&session=HRC50&language=es"));

        Assert.Contains("Aucune déclaration ne correspond", html);
        Assert.Matches(@"<a href=""/\?q=soins"">Chercher « soins » sans les filtres \(\d+ résultats\)</a>", html);
    }

    [Fact]
    public async Task AMisspelledQuerySuggestsAWordOfTheIndex()
    {
        var html = await site.NewClient().GetStringAsync("/?q=maternitte");

        Assert.Contains("Vouliez-vous dire", html);
        Assert.Matches(@"<a href=""/\?q=[^""]+""><strong>[^<]+</strong></a>", html);
    }

    [Fact]
    public async Task AnEnglishStatementInTheFrenchInterfaceCarriesItsLanguage()
    {
        var html = await site.NewClient().GetStringAsync("/?q=care&language=en");

        Assert.Contains("<article class=\"hit\" lang=\"en\">", html);
        Assert.Contains("<html lang=\"fr\">", html);
    }

    [Fact]
    public async Task TheSearchPageSpeaksEnglishAndSpanish()
    {
        var english = await site.NewClient().GetStringAsync("/?q=soins&lang=en");
        var spanish = await site.NewClient().GetStringAsync("/?q=soins&lang=es");

        Assert.Contains("statements found", english);
        Assert.Contains("Refine", english);
        Assert.Contains("declaraciones encontradas", spanish);
        Assert.Contains("Refinar", spanish);
    }

    private static async Task<JsonElement> Json(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;

    private static Dictionary<string, int> Counts(JsonElement result, string facet) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private static List<string> HitIds(string html) =>
        HitLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"<h3 class=""hit__title""><a href=""/statements/([^""?]+)")]
    private static partial Regex HitLinks();

    [GeneratedRegex(@"<article class=""hit""[^>]*>\s*<h3[^\n]*\n\s*<p class=""hit__meta""[^>]*>\s*<time datetime=""([0-9-]+)""")]
    private static partial Regex DateTimes();
}

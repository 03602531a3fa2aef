using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Asks;

/// <summary>What MMM asks for, on the statement page, the session page, the search page, the API and the CSV export.</summary>
public sealed partial class AskPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    // The CSW68 written statement (its PDF) and the news page that links it are one statement.
    private const string Csw68 = "2024-csw68-news-fr";

    private async Task<IDocument> PageAsync(string path)
    {
        var response = await site.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<JsonElement>> ApiAsksAsync(string id)
    {
        using var json = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/statements/" + id));
        return json.RootElement.GetProperty("asks").EnumerateArray().Select(a => a.Clone()).ToList();
    }

    [Fact]
    public async Task TheStatementPageListsItsAsksInOrderEachWithItsAnchorPageAndPermalink()
    {
        var page = await PageAsync("/statements/" + Csw68);
        var api = await ApiAsksAsync(Csw68);

        Assert.Equal("Ce que MMM demande", page.QuerySelector("#asks-heading")!.TextContent);
        var items = page.QuerySelectorAll("section.asks ol > li").ToList();
        Assert.True(items.Count >= 2, "the CSW68 statement has several asks");
        Assert.Equal(Enumerable.Range(1, items.Count).Select(n => $"ask-{n}"), items.Select(i => i.Id));
        Assert.Equal(api.Select(a => a.GetProperty("text").GetString()), items.Select(i => i.QuerySelector(".ask__text")!.TextContent));
        Assert.Contains(items, i => i.QuerySelector(".ask__text")!.TextContent.StartsWith("Make Mothers Matter appelle les États membres", StringComparison.Ordinal));
        // An ask read from the PDF links to its page there; each has a permalink to itself.
        var fromPdf = api.First(a => a.GetProperty("page").ValueKind == JsonValueKind.Number);
        var pdfItem = items[fromPdf.GetProperty("number").GetInt32() - 1];
        Assert.EndsWith($"?inline=1#page={fromPdf.GetProperty("page").GetInt32()}", pdfItem.QuerySelector("a.ask__page")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.All(items, i => Assert.EndsWith("/statements/" + Csw68 + "#" + i.Id, i.QuerySelector("a.ask__permalink")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(api, a => Assert.Equal($"/statements/{Csw68}#ask-{a.GetProperty("number").GetInt32()}", a.GetProperty("url").GetString()));
        var english = await PageAsync("/statements/" + Csw68 + "?lang=en");
        Assert.Equal("What MMM asks for", english.QuerySelector("#asks-heading")!.TextContent);
    }

    [Fact]
    public async Task TheSessionPageListsEachStatementsAsksLinkingToThemInPlace()
    {
        var page = await PageAsync("/sessions/CSW68");
        var api = await ApiAsksAsync(Csw68);

        var item = page.QuerySelector($"li.session-item[data-id='{Csw68}']")!;
        var links = item.QuerySelectorAll(".session-item__asks a").ToList();
        Assert.Equal(api.Select(a => a.GetProperty("url").GetString()), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(api.Select(a => a.GetProperty("text").GetString()), links.Select(a => a.TextContent));
    }

    [Fact]
    public async Task TheSearchOfAsksKeepsItsSwitchInEveryLinkAndItsHitsOpenTheAskInPlace()
    {
        var page = await PageAsync("/?q=soins&unit=ask&size=2");

        var hits = page.QuerySelectorAll("article.hit--ask").ToList();
        Assert.NotEmpty(hits);
        // The statement page opens at the ask, the searched words marked.
        Assert.All(hits, h => Assert.Matches(AskUrlWithQuery(), h.QuerySelector(".hit__ask a")!.GetAttribute("href")!));
        Assert.All(hits, h => Assert.NotNull(h.QuerySelector(".hit__ask mark")));
        Assert.Matches(@"^\d+ demandes trouvées$", page.QuerySelector("#results-count strong")!.TextContent);
        // The facets, the pager and the sort keep the search of asks; the switch leads back to statements.
        var kept = page.QuerySelectorAll("a.facet__value, .pager a, a.sort__option").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(kept, h => h.Contains("page=2", StringComparison.Ordinal));
        Assert.All(kept, h => Assert.Contains("unit=ask", h, StringComparison.Ordinal));
        Assert.Equal("true", page.QuerySelector("a.unit-switch__option[data-unit='ask']")!.GetAttribute("aria-current"));
        Assert.DoesNotContain("unit=", page.QuerySelector("a.unit-switch__option[data-unit='statement']")!.GetAttribute("href"), StringComparison.Ordinal);
        // Anything but "ask" is the ordinary search of statements, never an error.
        var unknown = await PageAsync("/?q=soins&unit=%3Cscript%3E");
        Assert.Empty(unknown.QuerySelectorAll("article.hit--ask"));
        Assert.NotEmpty(unknown.QuerySelectorAll("article.hit"));
    }

    [Fact]
    public async Task TheApiSearchesAsksWithUnitAsk()
    {
        using var json = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/search?q=soins&unit=ask&size=50"));

        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("ask", h.GetProperty("unit").GetString()));
        Assert.All(hits, h => Assert.EndsWith("#ask-" + h.GetProperty("askNumber").GetInt32(), h.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCsvExportOfAsksHasOneRowPerAskOfTheSearch()
    {
        var client = site.NewClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?session=CSW68&unit=ask&size=1"));
        var csv = (await client.GetStringAsync("/export.csv?session=CSW68&unit=ask")).TrimStart('\uFEFF');

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,title,symbol,session,date,ask,text,url", lines[0]);
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^""[^""]+"",.*,""CSW68"",""\d{4}-\d{2}-\d{2}"",""\d+"",.*#ask-\d+""$", line));
        var apiAsks = await ApiAsksAsync(Csw68);
        Assert.Equal(apiAsks.Count, lines.Count(l => l.StartsWith($"\"{Csw68}\",", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^/statements/[^/#?]+\?q=soins#ask-\d+$")]
    private static partial Regex AskUrlWithQuery();
}

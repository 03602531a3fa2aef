using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Search;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>
/// One rule for language versions: the list shows a statement once with its versions, the facet counts count what the
/// list shows, the page says how many versions its entries stand for, and exports hold every version.
/// </summary>
public sealed class LanguageVersionCountTests(SearchSite site) : IClassFixture<SearchSite>
{
    private StatementIndex Index => site.Factory.Services.GetRequiredService<StatementIndex>();

    [Fact]
    public async Task TheHomePageCountsStatementsAndTheirLanguageVersions()
    {
        var everything = Index.Search(new SearchRequest { Snippets = false, Facets = false });
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync("/"));

        // The sample corpus has statements in several languages: fewer entries than indexed versions.
        Assert.True(everything.Total < Index.Info!.Statements, $"{everything.Total} entries for {Index.Info.Statements} versions");
        Assert.Equal(Index.Info.Statements, everything.TotalVersions);
        Assert.Contains($"{everything.Total} déclarations au total ({everything.TotalVersions} versions linguistiques)", html);
    }

    [Fact]
    public async Task EveryFacetValueCountsWhatTickingItLists()
    {
        var client = site.NewClient();
        var overview = await Json(client, "/api/search?size=1");
        var checkedValues = 0;
        foreach (var facet in new[] { "body", "session", "language", "type" })
        {
            foreach (var value in overview.GetProperty("facets").GetProperty(facet).EnumerateArray())
            {
                var name = value.GetProperty("value").GetString()!;
                var ticked = await Json(client, $"/api/search?size=1&{facet}={Uri.EscapeDataString(name)}");
                Assert.True(value.GetProperty("count").GetInt32() == ticked.GetProperty("total").GetInt32(),
                    $"{facet}={name}: the facet says {value.GetProperty("count").GetInt32()}, the list has {ticked.GetProperty("total").GetInt32()}");
                checkedValues++;
            }
        }
        Assert.True(checkedValues > 20);
    }

    [Fact]
    public async Task TheUnfilteredCsvExportHasARowForEveryLanguageVersion()
    {
        var text = (await site.NewClient().GetStringAsync("/export.csv")).TrimStart('\uFEFF');
        var ids = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList();

        Assert.Equal(Index.Info!.Statements, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("2025-csw69-written-statement-en", ids);
        Assert.Contains("2025-csw69-written-statement-es", ids);
        Assert.Contains("2025-csw69-news-fr", ids);
    }

    private static async Task<JsonElement> Json(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
}

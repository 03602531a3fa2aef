using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using MMM.Statements.Search;
using MMM.Statements.Web.Tests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace MMM.Statements.Web.Tests.Api;

public sealed class ApiTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task ApiSearchIsExactlyTheSharedSerializerOutput()
    {
        var response = await site.NewClient().GetAsync("/api/search?q=soins&topic=unpaid-care&sort=newest&size=3");
        var body = await response.Content.ReadAsStringAsync();

        var index = site.Factory.Services.GetRequiredService<StatementIndex>();
        var expected = index.Search(new SearchRequest
        {
            Query = "soins",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["topic"] = ["unpaid-care"] },
            Sort = SearchSort.Newest,
            Size = 3,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        // tookMs differs from run to run; everything else must be byte for byte the same.
        Assert.Equal(WithoutTime(SearchJson.Serialize(expected)), WithoutTime(body));
        Assert.Contains("\"hits\":[{\"id\":", body);
    }

    [Theory]
    [InlineData("/api/search?sort=best", "Unknown sort order")]
    [InlineData("/api/search?topic=%22%3E%3Cx", "invalid format")]
    [InlineData("/api/analyze?lang=de&text=hallo", "Unknown language")]
    public async Task ABadParameterIsAProblemInFrenchAndEnglish(string url, string english)
    {
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;
        Assert.Contains(english, title);
        Assert.Contains(" / ", title);
    }

    [Fact]
    public async Task ApiStatementGivesMetadataFilesAndPages()
    {
        var json = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/statements/2024-csw68-news-fr")).RootElement;

        Assert.Equal("E/CN.6/2024/NGO/108", json.GetProperty("summary").GetProperty("symbols")[0].GetString());
        var files = json.GetProperty("files").EnumerateArray().ToList();
        Assert.Contains(files, f => f.GetProperty("format").GetString() == "pdf" && f.GetProperty("url").GetString() == "/statements/2024-csw68-news-fr/files/" + f.GetProperty("number").GetInt32());
        Assert.Contains(json.GetProperty("pages").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains("E/CN.6/2024/NGO/108", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownStatementIs404ProblemJson()
    {
        var response = await site.NewClient().GetAsync("/api/statements/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task SuggestCompletesWordsSessionsAndSymbols()
    {
        var client = site.NewClient();

        Assert.Contains("soins", await Suggestions(client, "soi"));
        Assert.Contains("CSW68", await Suggestions(client, "CSW6"));
        Assert.Contains("E/CN.6/2024/NGO/108", await Suggestions(client, "E/CN.6/2024"));
        Assert.Empty(await Suggestions(client, "s"));
    }

    [Fact]
    public async Task AnalyzeShowsTheFrenchChain()
    {
        var json = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/analyze?text=" + Uri.EscapeDataString("l’Assemblée générale"))).RootElement;

        Assert.Equal("fr", json.GetProperty("language").GetString());
        Assert.Equal(["assembl", "general"], json.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("term").GetString()!).ToList());
    }

    [Fact]
    public async Task OpenApiDescribesTheSearchEndpoints()
    {
        var json = JsonDocument.Parse(await site.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out _));
        Assert.True(paths.TryGetProperty("/api/statements/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/suggest", out _));
        Assert.True(paths.TryGetProperty("/api/analyze", out _));
    }

    [Fact]
    public async Task TheAtomFeedFollowsTheSearchFiltersNewestFirst()
    {
        var client = site.NewClient();
        var response = await client.GetAsync("/feed.atom?body=CSW&topic=unpaid-care");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        var expected = JsonDocument.Parse(await client.GetStringAsync("/api/search?body=CSW&topic=unpaid-care&sort=newest&size=50")).RootElement;
        Assert.Equal(expected.GetProperty("total").GetInt32(), entries.Count);
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(e.Elements(atom + "category"), c => c.Attribute("term")!.Value == "unpaid-care"));
        var updated = entries.Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal(updated.OrderByDescending(u => u, StringComparer.Ordinal), updated);
    }

    [Fact]
    public async Task TheCsvExportHasOneRowPerLanguageVersionAndDefusesFormulas()
    {
        var client = site.NewClient();
        var response = await client.GetAsync("/export.csv?q=soins&session=CSocD64&session=CSW68");
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var versions = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=soins&session=CSocD64&session=CSW68")).RootElement.GetProperty("totalVersions").GetInt32();
        Assert.Equal("id,title,date,language,body,session,year,symbols,topics,type,location,url", lines[0]);
        Assert.Equal(versions, lines.Length - 1);
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",\"=", StringComparison.Ordinal));
    }

    private static async Task<List<string>> Suggestions(HttpClient client, string prefix) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/suggest?q=" + Uri.EscapeDataString(prefix))).RootElement
            .GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();

    private static string WithoutTime(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"tookMs\":[0-9.]+", "\"tookMs\":0");
}

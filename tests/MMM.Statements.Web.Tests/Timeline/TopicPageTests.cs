using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Timeline;

public sealed class TopicPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private async Task<IDocument> PageAsync(string path)
    {
        var response = await site.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The count the search page shows for a link (its "N résultats").</summary>
    private async Task<int> SearchPageCountAsync(string href)
    {
        var page = await PageAsync(WebUtility.HtmlDecode(href));
        var count = page.QuerySelector(".results-count strong")!.TextContent;
        return int.Parse(new string(count.TakeWhile(c => !char.IsWhiteSpace(c)).ToArray()), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task EveryCountOfATopicsTableIsWhatTheSearchPageFindsForTheSameFilter()
    {
        var page = await PageAsync("/topics/unpaid-care");

        var total = int.Parse(page.QuerySelector(".timeline-total")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
        Assert.Equal(total, await SearchPageCountAsync("/?topic=unpaid-care"));
        var rows = page.QuerySelectorAll(".timeline-table tbody tr").ToList();
        Assert.True(rows.Count >= 3, "the sample corpus has unpaid-care statements to several bodies");
        var linked = 0;
        foreach (var cell in rows.SelectMany(r => r.QuerySelectorAll("td a")))
        {
            var href = cell.GetAttribute("href")!;
            Assert.Contains("topic=unpaid-care", href);
            Assert.Equal(int.Parse(cell.TextContent.Trim(), CultureInfo.InvariantCulture), await SearchPageCountAsync(href));
            linked++;
        }
        Assert.True(linked > rows.Count, "year cells and body totals are links");
        // The yearly totals add up to the statements the chart shows.
        var years = page.QuerySelectorAll(".timeline-table tfoot td[data-year]").Sum(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture));
        if (page.QuerySelector(".timeline-total__undated") is { } undated)
        {
            Assert.Contains((total - years).ToString(CultureInfo.InvariantCulture), undated.TextContent);
        }
        else
        {
            Assert.Equal(total, years);
        }
        Assert.Equal(years, int.Parse(page.QuerySelector(".timeline-table tfoot td[data-total]")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task EachBarOfTheChartIsALinkWithATextLabelThatMatchesTheTable()
    {
        var page = await PageAsync("/topics/unpaid-care?lang=en");

        var svg = page.QuerySelector("svg.chart__svg")!;
        Assert.Equal("chart-title", svg.GetAttribute("aria-labelledby"));
        Assert.Contains("statements from", page.GetElementById("chart-desc")!.TextContent);
        var bars = svg.QuerySelectorAll("a.chart__bar").ToList();
        Assert.NotEmpty(bars);
        foreach (var bar in bars)
        {
            var body = bar.GetAttribute("data-body")!;
            var year = bar.GetAttribute("data-year")!;
            var count = bar.GetAttribute("data-count")!;
            var href = WebUtility.HtmlDecode(bar.GetAttribute("href")!);
            Assert.Contains("body=" + body, href);
            Assert.Contains("year=" + year, href);
            Assert.Contains("topic=unpaid-care", href);
            var title = bar.QuerySelector("title")!.TextContent;
            Assert.Equal(title, bar.GetAttribute("aria-label"));
            Assert.Contains(year, title);
            Assert.Contains(count + (count == "1" ? " statement" : " statements"), title);
            var row = page.QuerySelector($".timeline-table tbody tr[data-body='{body}']")!;
            Assert.StartsWith(row.QuerySelector("th")!.TextContent, title);
            Assert.Equal(count, row.QuerySelector($"td[data-year='{year}']")!.TextContent.Trim());
        }
        // A year's link says its total, which is the sum of its bars.
        foreach (var yearLink in svg.QuerySelectorAll("a.chart__yearlink"))
        {
            var year = yearLink.GetAttribute("data-year")!;
            Assert.Equal(bars.Where(b => b.GetAttribute("data-year") == year).Sum(b => int.Parse(b.GetAttribute("data-count")!, CultureInfo.InvariantCulture)),
                int.Parse(yearLink.GetAttribute("data-count")!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task TheStatementsAreListedOnceEachByYearNewestFirst()
    {
        var page = await PageAsync("/topics/unpaid-care");
        using var api = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/search?topic=unpaid-care&sort=newest&size=50"));

        var items = page.QuerySelectorAll("li.timeline-item").Select(i => i.GetAttribute("data-id")).ToList();
        // Grouped by the statement's year (a session's year, as the year facet counts it), newest first within a year.
        var expected = api.RootElement.GetProperty("hits").EnumerateArray()
            .OrderByDescending(h => h.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : int.MinValue)
            .Select(h => h.GetProperty("id").GetString());
        Assert.Equal(expected, items);
        var headings = page.QuerySelectorAll(".timeline-year__heading").Select(h => int.Parse(h.TextContent[..4], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(headings.OrderDescending(), headings);
        // The CSocD64 written statement is listed once, its English and Spanish versions as badges.
        var csocd64 = page.QuerySelector("li.timeline-item[data-id='2026-csocd64-declaration-ecrite-news']")!;
        Assert.Equal(["en", "es"], csocd64.QuerySelectorAll("a.badge--lang").Select(a => a.GetAttribute("hreflang")));
    }

    [Theory]
    [InlineData("/topics/no-such-topic", "Page introuvable")]
    [InlineData("/topics/no-such-topic?lang=en", "Page not found")]
    [InlineData("/topics/no-such-topic?lang=es", "Página no encontrada")]
    public async Task AnUnknownTopicIsTheNotFoundPageInThePagesLanguage(string path, string title)
    {
        var response = await site.NewClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheTopicListLinksEveryTopicWithItsSearchCount()
    {
        var page = await PageAsync("/topics?lang=es");
        using var api = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/search?size=1"));

        var facet = api.RootElement.GetProperty("facets").GetProperty("topic").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        var items = page.QuerySelectorAll(".topic-list__item").ToList();
        Assert.Equal(facet.Count, items.Count(i => i.QuerySelector("[data-count]")!.GetAttribute("data-count") != "0"));
        foreach (var item in items)
        {
            var topic = item.QuerySelector("a")!.GetAttribute("href")!["/topics/".Length..];
            Assert.Equal(facet.GetValueOrDefault(topic), int.Parse(item.QuerySelector("[data-count]")!.GetAttribute("data-count")!, CultureInfo.InvariantCulture));
        }
        Assert.Equal("Trabajo de cuidados no remunerado", items.Single(i => i.QuerySelector("a")!.GetAttribute("href") == "/topics/unpaid-care").QuerySelector("a")!.TextContent);
    }

    [Fact]
    public async Task AnySearchLinksToItsTimelineWhichCountsWhatTheSearchFinds()
    {
        var results = await PageAsync("/?q=soins&body=CSocD&sort=oldest&page=2&size=5");

        var link = results.QuerySelector("a.evolution-link")!;
        Assert.Equal("Voir l’évolution", link.TextContent);
        var href = WebUtility.HtmlDecode(link.GetAttribute("href")!);
        Assert.Equal("/timeline?q=soins&body=CSocD", href);
        var timeline = await PageAsync(href);
        Assert.Equal(await SearchPageCountAsync("/?q=soins&body=CSocD"), int.Parse(timeline.QuerySelector(".timeline-total")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture));
        Assert.All(timeline.QuerySelectorAll(".timeline-table tbody tr"), r => Assert.Equal("CSocD", r.GetAttribute("data-body")));
        // A search that is one topic and nothing else has the topic's page.
        Assert.Equal("/topics/digital", (await PageAsync("/?topic=digital")).QuerySelector("a.evolution-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ATimelineOfABadSearchSaysWhyInThePagesLanguage()
    {
        var response = await site.NewClient().GetAsync("/timeline?q=x&sort=sideways&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".notice--error[role=alert]"));
        Assert.Empty(page.QuerySelectorAll("svg"));
    }

    [Fact]
    public async Task TheSitemapListsTheTopicPages()
    {
        var xml = await site.NewClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("<loc>http://localhost/topics</loc>", xml);
        Assert.Contains("<loc>http://localhost/topics/unpaid-care</loc>", xml);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/topics/migration?lang=es\" />", xml);
    }
}

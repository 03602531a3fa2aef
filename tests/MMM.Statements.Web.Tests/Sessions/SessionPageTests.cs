using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Sessions;

public sealed class SessionPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private async Task<IDocument> PageAsync(string path)
    {
        var response = await site.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASessionPageListsEachStatementOnceInDateOrderWithItsSymbolAndLanguageVersions()
    {
        var page = await PageAsync("/sessions/CSW69");
        using var api = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/search?session=CSW69&sort=oldest&size=50"));

        var items = page.QuerySelectorAll("li.session-item").ToList();
        var expected = api.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.True(expected.Count >= 2, "the sample corpus has several statements for CSW69");
        Assert.Equal(expected, items.Select(i => i.GetAttribute("data-id")));
        var dates = items.Select(i => DateOnly.ParseExact(i.QuerySelector("time")!.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        // The written statement shows its UN symbol, once, and links to its English and Spanish versions instead of listing them.
        var written = items.Single(i => i.TextContent.Contains("E/CN.6/2025/NGO/47", StringComparison.Ordinal));
        Assert.Equal("Déclaration écrite", written.QuerySelector(".session-item__type")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".hit__symbol"), s => s.TextContent == "E/CN.6/2025/NGO/47");
        Assert.Equal(["en", "es"], written.QuerySelectorAll("a.badge--lang").Select(a => a.GetAttribute("hreflang")));
        var versionIds = written.QuerySelectorAll("a.badge--lang").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!["/statements/".Length..]));
        Assert.Empty(versionIds.Intersect(items.Select(i => i.GetAttribute("data-id"))));
        Assert.Equal("Événement parallèle", items.Single(i => i.GetAttribute("data-id") == "2025-csw69-side-event-mental-health").QuerySelector(".session-item__type")!.TextContent);
        // Each entry links to its statement and shows the start of its text.
        Assert.All(items, i => Assert.StartsWith("/statements/", i.QuerySelector(".hit__title a")!.GetAttribute("href")));
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.QuerySelector(".session-item__lines")?.TextContent)));
    }

    [Fact]
    public async Task TheHeaderGivesTheSessionsNameDatesAndPlace()
    {
        var page = await PageAsync("/sessions/CSW69");

        Assert.Equal("69e session de la Commission de la condition de la femme", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector(".session-facts")!.TextContent;
        Assert.Contains("du 10 mars 2025 au 21 mars 2025", facts);
        Assert.Contains("New York", facts);
    }

    [Theory]
    [InlineData("fr", "Thème prioritaire", "Accélérer la réalisation de l’égalité des genres", "Thème de l’examen", "Systèmes de protection sociale")]
    [InlineData("en", "Priority theme", "Accelerating the achievement of gender equality", "Review theme", "Social protection systems")]
    [InlineData("es", "Tema prioritario", "Acelerar el logro de la igualdad de género", "Tema de examen", "Los sistemas de protección social")]
    public async Task TheThemesAreShownInThePagesLanguage(string lang, string priorityLabel, string priority, string reviewLabel, string review)
    {
        var page = await PageAsync("/sessions/CSW68?lang=" + lang);

        var facts = page.QuerySelectorAll(".session-facts dt").Zip(page.QuerySelectorAll(".session-facts dd")).ToDictionary(p => p.First.TextContent, p => p.Second.TextContent.Trim());
        Assert.StartsWith(priority, facts[priorityLabel]);
        Assert.StartsWith(review, facts[reviewLabel]);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("https://", page.QuerySelector(".session-facts__source")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PreviousAndNextLinkToTheNeighbouringSessionsOfTheSameBodyAndSayWhenNothingIsIndexed()
    {
        var csw69 = await PageAsync("/sessions/CSW69");
        Assert.Equal("/sessions/CSW68", csw69.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/sessions/CSW70", csw69.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2 déclarations", csw69.QuerySelector("a[rel=prev] .session-nav__count")!.TextContent);

        // CSocD60 (2022): in the calendar, but MMM has nothing indexed for it.
        var csocd61 = await PageAsync("/sessions/CSocD61");
        Assert.Equal("/sessions/CSocD60", csocd61.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("aucune déclaration indexée", csocd61.QuerySelector("a[rel=prev] .session-nav__count")!.TextContent);
        Assert.Null((await PageAsync("/sessions/CSocD57")).QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task ASessionWithoutStatementsSaysSo()
    {
        var page = await PageAsync("/sessions/CSocD60");

        Assert.Empty(page.QuerySelectorAll("li.session-item"));
        Assert.Equal("MMM n’a pas de déclaration indexée pour cette session.", page.QuerySelector(".session-empty")!.TextContent);
        Assert.Equal("60e session de la Commission du développement social", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/sessions/XYZ99")]
    [InlineData("/sessions/CSW12")]
    public async Task AnUnknownSessionIsTheSitesNotFoundPage(string path)
    {
        var response = await site.NewClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", html);
    }

    [Fact]
    public async Task ASessionInAnotherCaseRedirectsToItsOneAddress()
    {
        var response = await site.NewClient().GetAsync("/sessions/csw69?lang=en");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sessions/CSW69?lang=en", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheStatementPageLinksToItsSessionPage()
    {
        var page = await PageAsync("/statements/2024-csw68-news-fr");

        Assert.NotNull(page.QuerySelector(".statement__kicker a[href='/sessions/CSW68']"));
        var link = page.QuerySelector("a.session-page-link")!;
        Assert.Equal("/sessions/CSW68", link.GetAttribute("href"));
        Assert.Equal("page de la session", link.TextContent);
        // The session value itself still filters the search.
        Assert.NotNull(page.QuerySelector(".meta a[href='/?session=CSW68']"));
    }

    [Fact]
    public async Task EachSessionFacetValueHasASessionPageLinkBesideTheFilter()
    {
        var page = await PageAsync("/");

        var value = page.QuerySelector("a.facet__value[data-facet=session][data-value=CSocD64]")!;
        Assert.Equal("/?session=CSocD64", value.GetAttribute("href"));
        var pageLink = value.ParentElement!.QuerySelector("a.facet__page")!;
        Assert.Equal("/sessions/CSocD64", pageLink.GetAttribute("href"));
        Assert.Equal("Page de la session CSocD64", pageLink.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a.facet__value[data-facet=topic] ~ a.facet__page"));
    }

    [Fact]
    public async Task TheSessionListGroupsSessionsByBodyNewestFirstWithTheirCounts()
    {
        var page = await PageAsync("/sessions");

        var csw = page.QuerySelectorAll("section.session-body").Single(s => s.QuerySelector("h2")!.TextContent.Contains("(CSW)", StringComparison.Ordinal));
        var keys = csw.QuerySelectorAll(".session-list__key").Select(k => k.TextContent).ToList();
        Assert.Equal(["CSW70", "CSW69", "CSW68", "CSW67", "CSW66", "CSW65", "CSW64", "CSW63"], keys);
        Assert.Equal("/sessions/CSW70", csw.QuerySelector(".session-list__item a")!.GetAttribute("href"));
        var ffd4 = page.QuerySelectorAll(".session-list__item").Single(i => i.QuerySelector(".session-list__key")!.TextContent == "FfD4");
        Assert.Equal("4 déclarations", ffd4.QuerySelector(".session-list__count")!.TextContent);
        var csocd60 = page.QuerySelectorAll(".session-list__item").Single(i => i.QuerySelector(".session-list__key")!.TextContent == "CSocD60");
        Assert.Equal("aucune déclaration indexée", csocd60.QuerySelector(".session-list__count")!.TextContent);
    }

    [Fact]
    public async Task TheBundledCalendarKnowsEverySessionOfTheSampleIndex()
    {
        var calendar = SessionCalendar.Load(Path.Combine(TestPaths.Statements, "sessions.json"), Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json")));
        using var api = JsonDocument.Parse(await site.NewClient().GetStringAsync("/api/search?size=1"));

        var sessions = api.RootElement.GetProperty("facets").GetProperty("session").EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToList();
        Assert.True(sessions.Count > 20);
        Assert.DoesNotContain(sessions, s => calendar.Find(s) is null);
    }

    [Fact]
    public async Task TheSitemapListsEverySessionPageInTheThreeLanguages()
    {
        var xml = await site.NewClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("<loc>http://localhost/sessions/CSW69</loc>", xml);
        Assert.Contains("<loc>http://localhost/sessions</loc>", xml);
        foreach (var lang in new[] { "fr", "en", "es" })
        {
            Assert.Contains($"<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"http://localhost/sessions/CSocD60?lang={lang}\" />", xml);
        }
    }
}

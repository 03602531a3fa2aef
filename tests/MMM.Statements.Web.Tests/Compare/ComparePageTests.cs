using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Compare;

public sealed class ComparePageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private const string Csocd59 = "2021-csocd59-oral-statement-care";
    private const string Csocd61 = "2023-csocd61-declaration-orale-soins";

    private async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string path)
    {
        var response = await site.NewClient().GetAsync(path);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static IElement RowStartingWith(IDocument page, string side, string start) =>
        page.QuerySelectorAll("tr.compare__row").Single(r => r.QuerySelector($".compare__cell--{side}")!.TextContent.Trim().StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task TwoCSocDStatementsAreAlignedWithTheEarlierOnTheLeft()
    {
        // Given later first: the page puts CSocD59 (2021) on the left and says so.
        var (status, page) = await GetAsync($"/compare?a={Csocd61}&b={Csocd59}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector(".compare-swapped"));
        Assert.Equal([Csocd59, Csocd61], page.QuerySelectorAll(".compare-head").Select(h => h.GetAttribute("data-id")));
        // The paragraph on unpaid care work is in both (typed with other apostrophes and spaces in 2021): kept.
        var kept = RowStartingWith(page, "left", "Partout dans le monde, les mères assument");
        Assert.Equal("kept", kept.GetAttribute("data-kind"));
        Assert.Equal("gardé", kept.QuerySelector(".compare__badge")!.TextContent);
        Assert.Empty(kept.QuerySelectorAll("ins, del"));
        // The paragraph on social protection is only in CSocD61: added, nothing on the left.
        var added = RowStartingWith(page, "right", "Plus de la moitié de la population mondiale");
        Assert.Equal("added", added.GetAttribute("data-kind"));
        Assert.Equal("—", added.QuerySelector(".compare__cell--left")!.TextContent.Trim());
        // The dateline was reworded: the dropped and added words are marked, and say so to a screen reader.
        var changed = RowStartingWith(page, "left", "ONU New York");
        Assert.Equal("changed", changed.GetAttribute("data-kind"));
        Assert.Contains(changed.QuerySelectorAll(".compare__cell--left del"), d => d.TextContent.Contains("CSocD59", StringComparison.Ordinal));
        Assert.Contains(changed.QuerySelectorAll(".compare__cell--right ins"), i => i.TextContent.Contains("CSocD61", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("table.compare ins"), i => Assert.StartsWith("ajouté :", i.TextContent));
        // The headline counts are the rows'.
        foreach (var kind in new[] { "kept", "changed", "added", "dropped" })
        {
            var rows = page.QuerySelectorAll($"tr.compare__row[data-kind={kind}]").Length;
            Assert.StartsWith(rows + " ", page.QuerySelector($".compare-counts li[data-kind={kind}]")!.TextContent);
        }
    }

    [Fact]
    public async Task LanguageVersionsArePairedWithoutWordMarksAndWhatOneLacksIsNamed()
    {
        var (status, page) = await GetAsync("/compare?a=2026-csocd64-declaration-ecrite-news&b=2026-csocd64-written-statement-en&lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("two language versions of one statement", page.QuerySelector(".lead")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("table.compare ins, table.compare del"));
        Assert.Null(page.QuerySelector(".compare-swapped"));
        // The UN symbol heads both PDFs: their first paragraphs are paired.
        var symbol = RowStartingWith(page, "right", "E/CN.5/2026/NGO/31 United Nations");
        Assert.Equal("paired", symbol.GetAttribute("data-kind"));
        Assert.StartsWith("E/CN.5/2026/NGO/31 Nations Unies", symbol.QuerySelector(".compare__cell--left")!.TextContent.Trim());
        Assert.Equal("fr", symbol.QuerySelector(".compare__cell--left")!.GetAttribute("lang"));
        // The French news page around the PDF has no English version: only in FR.
        var news = RowStartingWith(page, "left", "ONU New York, CSocD64");
        Assert.Equal("only in FR", news.QuerySelector(".compare__badge")!.TextContent);
        Assert.StartsWith(page.QuerySelectorAll("tr.compare__row[data-kind=dropped]").Length + " paragraph", page.QuerySelector(".compare-counts li[data-kind=dropped]")!.TextContent);
    }

    [Theory]
    [InlineData("/compare", HttpStatusCode.BadRequest, "Choisissez deux déclarations à comparer")]
    [InlineData("/compare?a=" + Csocd59, HttpStatusCode.BadRequest, "Choisissez deux déclarations à comparer")]
    [InlineData("/compare?a=" + Csocd59 + "&b=" + Csocd59 + "&lang=en", HttpStatusCode.BadRequest, "Both ids name the same statement")]
    [InlineData("/compare?a=" + Csocd59 + "&b=no-such-statement&lang=es", HttpStatusCode.NotFound, "Ninguna declaración tiene el identificador «no-such-statement»")]
    [InlineData("/compare?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=" + Csocd59, HttpStatusCode.NotFound, "Aucune déclaration n’a l’identifiant « <script>alert(1)</script> »")]
    public async Task BadIdsGetAClearMessageInThePagesLanguage(string path, HttpStatusCode expected, string message)
    {
        var (status, page) = await GetAsync(path);

        Assert.Equal(expected, status);
        Assert.Contains(message, page.QuerySelector(".compare-error")!.TextContent);
        // A hostile id is shown as text, never as markup.
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([src])"), e => e.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("table.compare"));
    }

    [Fact]
    public async Task AHugeIdIsRefusedWithoutEchoingItWhole()
    {
        var (status, page) = await GetAsync("/compare?a=" + new string('x', 5000) + "&b=" + Csocd59);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.InRange(page.QuerySelector(".compare-error")!.TextContent.Length, 1, 400);
    }

    [Fact]
    public async Task TheStatementPageOffersThePreviousStatementOnItsTopicAndItsLanguageVersions()
    {
        var (_, csocd61) = await GetAsync("/statements/" + Csocd61);
        var previous = csocd61.QuerySelector(".compare-links__previous a")!;
        Assert.Equal($"/compare?a={Csocd59}&b={Csocd61}", WebUtility.HtmlDecode(previous.GetAttribute("href")!));
        Assert.Equal("Comparer avec la déclaration précédente sur ce thème (Travail de soin non rémunéré)", previous.TextContent);
        Assert.Empty(csocd61.QuerySelectorAll(".compare-links__version"));

        var (_, csocd64) = await GetAsync("/statements/2026-csocd64-written-statement-en?lang=en");
        Assert.Equal(["Compare with the FR version", "Compare with the ES version"], csocd64.QuerySelectorAll(".compare-links__version a").Select(a => a.TextContent));
        Assert.Equal("/compare?a=2026-csocd64-written-statement-en&b=2026-csocd64-written-statement-es",
            WebUtility.HtmlDecode(csocd64.QuerySelectorAll(".compare-links__version a")[1].GetAttribute("href")!));

        // The oldest statement on its topic has nothing before it.
        var (_, csocd57) = await GetAsync("/statements/2019-csocd57-oral-statement-scan");
        Assert.Null(csocd57.QuerySelector(".compare-links__previous"));
    }
}

using System.Net;

namespace MMM.Statements.Web.Tests.Search;

public sealed class StatementPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private const string Csw68 = "/statements/2024-csw68-news-fr";

    [Fact]
    public async Task TheStatementPageShowsMetadataSymbolsAndTopicLinks()
    {
        var html = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(Csw68));

        Assert.Contains("<code class=\"symbol\">E/CN.6/2024/NGO/108</code>", html);
        Assert.Contains("href=\"/?session=CSW68\"", html);
        Assert.Matches(@"<a class=""symbol"" href=""/symbol/[^""]+"">", html);
        Assert.Matches(@"<a class=""tag"" href=""/\?topic=[a-z-]+"">", html);
    }

    [Fact]
    public async Task AJointLetterListsItsPartnersInTheVisitorsLanguageEachLinkingToItsStatements()
    {
        var client = site.NewClient();
        var french = WebUtility.HtmlDecode(await client.GetStringAsync("/statements/2020-unga-joint-letter-covid-recovery"));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/statements/2020-unga-joint-letter-covid-recovery?lang=en"));

        Assert.Contains("<th scope=\"row\">Partenaires</th>", french);
        Assert.Contains("<a class=\"tag\" href=\"/?partner=icw\">Conseil international des femmes</a>", french);
        Assert.Contains("<a class=\"tag\" href=\"/?partner=icw\">International Council of Women</a>", english);
        Assert.DoesNotContain("Partenaires", WebUtility.HtmlDecode(await client.GetStringAsync(Csw68)));
    }

    [Fact]
    public async Task TheCitationIsReadyToPasteInTheVisitorsLanguage()
    {
        var french = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(Csw68));
        var english = WebUtility.HtmlDecode(await site.NewClient().GetStringAsync(Csw68 + "?lang=en"));

        Assert.Contains("Make Mothers Matter, déclaration écrite à la 68e session de la Commission de la condition de la femme (CSW68), E/CN.6/2024/NGO/108, 2024", french);
        Assert.Contains("Make Mothers Matter, written statement to the 68th session of the Commission on the Status of Women (CSW68), E/CN.6/2024/NGO/108, 2024", english);
    }

    [Fact]
    public async Task RisAndBibTexDownloadsDescribeTheStatement()
    {
        var client = site.NewClient();
        var ris = await client.GetAsync(Csw68 + "/cite.ris");
        var bib = await client.GetAsync(Csw68 + "/cite.bib");
        var risText = await ris.Content.ReadAsStringAsync();
        var bibText = await bib.Content.ReadAsStringAsync();

        Assert.StartsWith("attachment", ris.Content.Headers.ContentDisposition!.ToString());
        Assert.StartsWith("TY  - GEN\r\n", risText);
        Assert.Contains("SN  - E/CN.6/2024/NGO/108\r\n", risText);
        Assert.EndsWith("ER  - \r\n", risText);
        Assert.StartsWith("@misc{mmm:2024-csw68-news-fr,", bibText);
        Assert.Contains("author = {{Make Mothers Matter}}", bibText);
        Assert.Contains("year = {2024}", bibText);
    }

    [Fact]
    public async Task AFileIsServedAsAnAttachmentResolvedById()
    {
        var client = site.NewClient();
        var html = await client.GetStringAsync(Csw68);
        var link = System.Text.RegularExpressions.Regex.Match(html, @"href=""(/statements/2024-csw68-news-fr/files/\d+)"" download>\s*<span class=""file__format"">PDF").Groups[1].Value;

        var response = await client.GetAsync(link);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Contains("filename*=UTF-8''csw68-written-statement-fr.pdf", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    [Theory]
    [InlineData("/statements/2024-csw68-news-fr/files/99")]
    [InlineData("/statements/..%2F..%2Fetc%2Fpasswd/files/1")]
    [InlineData("/statements/2024-csw68-news-fr/files/..%2F..%2Fappsettings.json")]
    public async Task AnythingButAKnownFileNumberIsNotFound(string url)
    {
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnHtmlFileIsNeverServedAsHtml()
    {
        var response = await site.NewClient().GetAsync(Csw68 + "/files/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString());
    }

    [Fact]
    public async Task ComingFromASearchHighlightsTheQueryWordsInTheFullText()
    {
        var html = await site.NewClient().GetStringAsync(Csw68 + "?q=pauvret%C3%A9");

        Assert.Contains("<mark>pauvreté</mark>", html);
        Assert.Contains("<mark>Pauvreté</mark>", html);
        Assert.DoesNotContain("<mark>", await site.NewClient().GetStringAsync(Csw68));
    }

    [Fact]
    public async Task OtherLanguageVersionsAreLinkedWithTheirLanguage()
    {
        var html = await site.NewClient().GetStringAsync("/statements/2026-csocd64-declaration-ecrite-news");

        Assert.Contains("hreflang=\"en\"", html);
        Assert.Contains("hreflang=\"es\"", html);
        Assert.Contains("<span lang=\"en\">", html);
    }

    [Fact]
    public async Task TheSymbolResolverOpensTheStatementOrSearchesForAnUnknownSymbol()
    {
        var client = site.NewClient();
        var known = await client.GetAsync("/symbol/E/CN.6/2024/NGO/108");
        var unknown = await client.GetAsync("/symbol/A/RES/70/1");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.StartsWith("/statements/2024-csw68", known.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Equal("/?q=A%2FRES%2F70%2F1", unknown.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnknownStatementIsTheFriendly404()
    {
        var response = await site.NewClient().GetAsync("/statements/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync());
    }
}

public sealed class StatementPageEncodingTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task AHostileQueryOnTheStatementPageStaysText()
    {
        var html = await site.NewClient().GetStringAsync("/statements/2024-csw68-news-fr?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)> pauvreté"));

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("<mark>pauvreté</mark>", html);
    }
}

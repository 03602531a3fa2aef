using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// G13: every XSS payload planted in a real corpus (titles, body text, facet values, UN symbols, file names, a PDF,
/// a failed file) and in queries, visited in Debian's chromium. Each page must open no dialog, report no CSP violation,
/// hold no injected element, and show the payload as plain text, so the test proves the payload reached the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssBrowserTests(BrowserFixture browsers, XssCorpusSite corpus) : IClassFixture<XssCorpusSite>
{
    /// <summary>
    /// Elements and attributes a payload could smuggle in. None of them is part of the site's own pages (no image, svg,
    /// iframe, inline handler or inline script there: the CSP allows only nonced scripts), so any hit is an injection.
    /// </summary>
    private const string InjectionScan = """
        () => {
          const found = [];
          const banned = 'script:not([nonce]), iframe, frame, frameset, object, embed, svg, math, img, video, audio, source, '
            + 'base, marquee, template, x, body meta, body link, body style, body title, textarea, noscript, [autofocus], [srcdoc], [formaction]';
          for (const el of document.querySelectorAll(banned)) { found.push(el.outerHTML.slice(0, 120)); }
          const urlAttributes = ['href', 'src', 'action', 'data', 'xlink:href', 'poster', 'background'];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              const name = a.name.toLowerCase();
              const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
              if (name.startsWith('on')
                  || urlAttributes.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
                found.push(el.tagName + '[' + a.name + '=' + a.value.slice(0, 80) + ']');
              }
            }
          }
          return found;
        }
        """;

    /// <summary>An element's text as a reader gets it: every text node outside script and style, in document order.</summary>
    private const string TextScan = """
        root => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
            acceptNode: n => n.parentElement && n.parentElement.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
          let text = '';
          while (walker.nextNode()) { text += walker.currentNode.nodeValue; }
          return text;
        }
        """;

    [Fact]
    public async Task TheInjectionScanFindsEachKindOfPlantedMarkup()
    {
        // The scan must be able to fail: raw payloads set as markup on a blank page are all seen.
        await using var browser = await browsers.NewPageAsync();
        // Most as raw markup in the body; the attribute breakouts inside a naively built attribute.
        var raw = new[] { 0, 1, 3, 8, 11, 21, 22, 23, 25, 27, 29, 32, 36, 39 }.Select(n => XssPayloads.All[n]).ToList();
        foreach (var payload in raw)
        {
            var markup = payload.Text.StartsWith('"') ? $"<p title=\"{payload.Text}\">texte</p>" : payload.Text;
            await browser.Page.SetContentAsync("<!DOCTYPE html><html><body><p>texte</p>" + markup + "</body></html>");
            Assert.True((await browser.Page.EvaluateAsync<string[]>(InjectionScan)).Length > 0, $"the scan missed {payload}");
        }
    }

    [Fact]
    public async Task EachPayloadStaysTextInItsResultAndOnItsStatementPage()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        foreach (var payload in XssPayloads.All)
        {
            // The result: title, snippet with the marker marked, topic tag and symbol all carry the payload.
            await VisitAsync(browser, "/?q=" + payload.Marker);
            Assert.Equal(1, await page.Locator(".hit").CountAsync());
            var hit = page.Locator(".hit").First;
            Assert.Equal(payload.Marker, await hit.Locator(".snippet mark").First.TextContentAsync());
            await AssertShowsAsync(hit.Locator(".snippet__text").First, payload, "snippet");
            await AssertShowsAsync(hit.Locator(".hit__title"), payload, "result title");
            await AssertShowsAsync(hit.Locator(".tags"), payload, "topic tag");
            await AssertShowsAsync(hit.Locator(".hit__meta"), payload, "symbol");
            await AssertShowsAsync(page.Locator("#facets"), payload, "topic facet");

            // Its statement page, with the payload as the query (echoed in the breadcrumb and the highlight note).
            var href = await hit.Locator(".hit__title a").GetAttributeAsync("href") ?? "";
            Assert.StartsWith("/statements/", href, StringComparison.Ordinal);
            await VisitAsync(browser, href.Split('?')[0] + "?q=" + Uri.EscapeDataString(payload.Text));
            await AssertShowsAsync(page.Locator("main h1"), payload, "statement title");
            await AssertShowsAsync(page.Locator(".fulltext"), payload, "full text");
            await AssertShowsAsync(page.Locator(".meta"), payload, "symbols and topics");
            await AssertShowsAsync(page.Locator(".breadcrumbs"), payload, "echoed query");
            await AssertShowsAsync(page.Locator("#citation-text"), payload, "citation");
            Assert.Contains(Normalize(payload.Text), Normalize(await page.TitleAsync()), StringComparison.Ordinal);
            if (!payload.FileStem.StartsWith("declaration-", StringComparison.Ordinal))
            {
                await AssertShowsAsync(page.Locator(".files"), payload, "file name");
            }
        }
        browser.AssertClean();
    }

    [Fact]
    public async Task EachPayloadStaysTextAsAnEchoedQueryAndInTheFacetList()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        // The whole facet list: every payload topic is a value (most behind "more").
        await VisitAsync(browser, "/?q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord));
        var facets = await TextOfAsync(page.Locator("#facets"));
        foreach (var payload in XssPayloads.All)
        {
            Assert.Contains(Normalize(payload.Text), facets, StringComparison.Ordinal);
        }
        var facetLinks = new Dictionary<int, string>();
        foreach (var payload in XssPayloads.All)
        {
            facetLinks[payload.Number] = await page.Locator("#facets a[data-facet='topic']").EvaluateAllAsync<string>(
                "(links, value) => { const l = links.find(a => a.dataset.value === value); return l ? l.getAttribute('href') : ''; }", payload.Text);
        }

        foreach (var payload in XssPayloads.All)
        {
            // The query box and the heading echo the payload as a query.
            await VisitAsync(browser, "/?q=" + Uri.EscapeDataString(payload.Text));
            Assert.Equal(payload.Text, await page.InputValueAsync("#site-search-q"));
            await AssertShowsAsync(page.Locator("main h1"), payload, "results heading");

            // The payload topic's facet link. Facet values in a URL must look like ids, so the page refuses it with its
            // own explanation (a known gap: sidecar topics outside the taxonomy are indexed as they are).
            Assert.False(string.IsNullOrEmpty(facetLinks[payload.Number]), $"no topic facet link for {payload}");
            await VisitAsync(browser, facetLinks[payload.Number], status: 400);
            Assert.Equal(1, await page.Locator(".notice--error").CountAsync());
        }
        browser.AssertClean();
    }

    [Fact]
    public async Task PdfTextTitlesAndFileNamesStayText()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        // The printed PDF: its title and text carry payloads, its name is one.
        await VisitAsync(browser, "/?q=" + XssCorpusSite.PdfMarker);
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        await AssertShowsAsync(page.Locator(".hit__title"), XssCorpusSite.InPdf[2], "PDF title");
        await AssertShowsAsync(page.Locator(".snippet__text").First, XssCorpusSite.InPdf[0], "PDF snippet");
        var href = await page.Locator(".hit__title a").GetAttributeAsync("href") ?? "";
        await VisitAsync(browser, href);
        foreach (var payload in XssCorpusSite.InPdf)
        {
            await AssertShowsAsync(page.Locator(".fulltext"), payload, "PDF text");
        }
        await AssertFileLinksAsync(page, XssCorpusSite.PrintedPdfName);

        // The fixture PDF with a payload name, linked from statement 0's page: the second file of that statement.
        await VisitAsync(browser, "/?q=" + XssPayloads.All[0].Marker);
        await VisitAsync(browser, await page.Locator(".hit__title a").GetAttributeAsync("href") ?? "");
        await AssertFileLinksAsync(page, XssCorpusSite.LinkedPdfName);
        browser.AssertClean();
    }

    [Fact]
    public async Task TheJsonApiShowsPayloadsOnlyAsData()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        await VisitAsync(browser, "/api/search?size=50&q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord));
        // The browser shows the JSON as text; parsed, it holds every payload title unchanged.
        using var json = JsonDocument.Parse(await page.EvaluateAsync<string>("document.body.innerText"));
        var strings = new List<string>();
        Collect(json.RootElement, strings);
        foreach (var payload in XssPayloads.All)
        {
            Assert.Contains(strings, s => Normalize(s) == Normalize(payload.Text));
        }
        browser.AssertClean();
    }

    [Fact]
    public async Task TheAdminPagesShowPayloadNamesTitlesAndFailuresAsText()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync(corpus.BaseUrl + "/admin");
        await page.FillAsync("#Username", "admin");
        await page.FillAsync("#Password", XssCorpusSite.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/admin");

        // The dashboard: the refused file by its payload name, and the facet counts (topics are payloads).
        await VisitAsync(browser, "/admin");
        var failures = await TextOfAsync(page.Locator(".admin-failures").First);
        Assert.Contains(Normalize("2024/" + XssCorpusSite.BrokenPdfName), failures, StringComparison.Ordinal);
        var facets = await TextOfAsync(page.Locator(".admin-facets"));
        foreach (var payload in XssPayloads.All)
        {
            Assert.Contains(Normalize(payload.Text), facets, StringComparison.Ordinal);
        }

        // The statement list: every title and every file path.
        await VisitAsync(browser, "/admin/statements");
        var list = await TextOfAsync(page.Locator("#statements"));
        foreach (var payload in XssPayloads.All)
        {
            Assert.Contains(Normalize(payload.Text), list, StringComparison.Ordinal);
            Assert.Contains(Normalize("2024/" + payload.FileStem + ".html"), list, StringComparison.Ordinal);
        }
        Assert.Contains(Normalize("2024/" + XssCorpusSite.LinkedPdfName), list, StringComparison.Ordinal);
        Assert.Contains(Normalize("2024/" + XssCorpusSite.PrintedPdfName), list, StringComparison.Ordinal);

        // The admin filter echoes a payload query.
        await VisitAsync(browser, "/admin/statements?q=" + Uri.EscapeDataString(XssPayloads.All[1].Text));
        Assert.Equal(XssPayloads.All[1].Text, await page.InputValueAsync("#q"));
        browser.AssertClean();
    }

    /// <summary>Opens a page of the planted site and fails on any injected element; dialogs and CSP reports are checked at the end.</summary>
    private async Task VisitAsync(BrowserPage browser, string pathAndQuery, int status = 200)
    {
        var response = await browser.Page.GotoAsync(corpus.BaseUrl + pathAndQuery);
        Assert.True(response?.Status == status, $"{pathAndQuery} answered {response?.Status}, not {status}");
        var injected = await browser.Page.EvaluateAsync<string[]>(InjectionScan);
        Assert.True(injected.Length == 0, $"{pathAndQuery}: injected markup {string.Join(" | ", injected)}");
    }

    /// <summary>The file list names the file as text, links to a download on this site, and the download is an attachment.</summary>
    private async Task AssertFileLinksAsync(IPage page, string fileName)
    {
        var link = page.Locator(".file__link").Filter(new() { Has = page.Locator(".file__name", new() { HasTextString = fileName }) });
        Assert.Equal(1, await link.CountAsync());
        Assert.Equal(fileName, await link.Locator(".file__name").TextContentAsync());
        var href = await link.GetAttributeAsync("href") ?? "";
        Assert.StartsWith("/statements/", href, StringComparison.Ordinal);
        var download = await page.APIRequest.GetAsync(corpus.BaseUrl + href);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("attachment;", download.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers["x-content-type-options"]);
    }

    private static async Task AssertShowsAsync(ILocator where, XssPayload payload, string what)
    {
        var text = await TextOfAsync(where);
        Assert.True(text.Contains(Normalize(payload.Text), StringComparison.Ordinal), $"{payload}: not shown as text in the {what}: {text}");
    }

    private static async Task<string> TextOfAsync(ILocator where) =>
        Normalize(await where.EvaluateAsync<string>(TextScan));

    /// <summary>
    /// Text as the site may fairly change it: runs of white space (line and paragraph separators included) become one
    /// space, and the private-use highlight sentinels are dropped (the index strips them on purpose).
    /// </summary>
    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uE000' and <= '\uF8FF')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
                continue;
            }
            result.Append(c);
        }
        return result.ToString().Trim();
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }
                break;
        }
    }
}

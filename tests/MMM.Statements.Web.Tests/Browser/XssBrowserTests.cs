using System.Text;
using System.Text.Json;
using System.Xml.Linq;
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
    /// iframe, inline handler or inline script there: the CSP allows only nonced scripts; the one textarea is the upload
    /// preview's cited-symbols field), so any hit is an injection.
    /// </summary>
    private const string InjectionScan = """
        () => {
          const found = [];
          const banned = 'script:not([nonce]), iframe, frame, frameset, object, embed, svg, math, img, video, audio, source, '
            + 'base, marquee, template, x, body meta, body link, body style, body title, textarea:not(#Form_CitedSymbols), noscript, [autofocus], [srcdoc], [formaction]';
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
    public async Task EachPayloadStaysTextInTheResultsAndTheFacetList()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        // One page lists every planted statement: the common word is marked in each snippet, beside the payload.
        var visit = await VisitAsync(browser, "/?size=50&q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord), "#facets");
        var hits = await page.Locator(".hit").EvaluateAllAsync<JsonElement>($$"""
            hits => hits.map(hit => {
              const textOf = {{TextScan}};
              const part = s => Array.from(hit.querySelectorAll(s)).map(textOf).join(' | ');
              return { title: part('.hit__title'), snippet: part('.snippet__text'), tags: part('.tags'), meta: part('.hit__meta'),
                       marks: Array.from(hit.querySelectorAll('.snippet mark')).map(m => m.textContent) };
            })
            """);
        Assert.Equal(XssPayloads.All.Count, hits.GetArrayLength());
        foreach (var payload in XssPayloads.All)
        {
            var expected = Normalize(payload.Text);
            var hit = hits.EnumerateArray().SingleOrDefault(h => Normalize(h.GetProperty("title").GetString()!) == expected);
            Assert.True(hit.ValueKind == JsonValueKind.Object, $"{payload}: no result titled with it");
            Assert.Contains(XssCorpusSite.CommonWord, hit.GetProperty("marks").EnumerateArray().Select(m => m.GetString()));
            foreach (var (part, what) in new[] { ("snippet", "snippet"), ("tags", "topic tag"), ("meta", "symbol") })
            {
                var text = Normalize(hit.GetProperty(part).GetString()!);
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{payload}: not shown as text in the {what}: {text}");
            }
            // Every payload topic is a value of the topic facet (most behind "more").
            Assert.Contains(expected, visit["#facets"], StringComparison.Ordinal);
        }
        browser.AssertClean();
    }

    [Fact]
    public async Task EachPayloadStaysTextOnItsStatementPageAndAsAnEchoedQuery()
    {
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync(corpus.BaseUrl + "/?size=50&q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord));
        var links = await page.Locator(".hit__title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(XssPayloads.All.Count, links.Length);
        var seen = new HashSet<int>();
        foreach (var link in links)
        {
            Assert.StartsWith("/statements/", link, StringComparison.Ordinal);
            var path = link.Split('?')[0];
            // Which payload this statement carries: its id ends with the number given in its file name.
            var payload = XssPayloads.All[int.Parse(path[^2..], System.Globalization.CultureInfo.InvariantCulture)];
            Assert.True(seen.Add(payload.Number), $"{path} twice");
            // The payload is also the query: echoed in the breadcrumb and the highlight note.
            var visit = await VisitAsync(browser, path + "?q=" + Uri.EscapeDataString(payload.Text),
                "main h1", ".fulltext", ".meta", ".breadcrumbs", "#citation-text", ".files", "title");
            var expected = Normalize(payload.Text);
            foreach (var (selector, what) in new[]
            {
                ("main h1", "title"), (".fulltext", "full text"), (".meta", "symbols and topics"), (".breadcrumbs", "echoed query"),
                ("#citation-text", "citation"), ("title", "document title"),
            })
            {
                Assert.True(visit[selector].Contains(expected, StringComparison.Ordinal), $"{payload}: not shown as text in the {what}: {visit[selector]}");
            }
            if (!payload.FileStem.StartsWith("declaration-", StringComparison.Ordinal))
            {
                Assert.True(visit[".files"].Contains(expected, StringComparison.Ordinal), $"{payload}: file name not shown as text: {visit[".files"]}");
            }

            // The cited-symbol link (the sidecar cites the payload) resolves to a search for that same string, decoded
            // once: the payload as an echoed query, kept in the query box and shown in the heading and the document title.
            Assert.Equal(1, await page.Locator(".meta a.symbol").CountAsync());
            var cited = await page.Locator(".meta a.symbol").GetAttributeAsync("href") ?? "";
            var landing = await VisitAsync(browser, cited, "main h1", "title");
            Assert.True(landing["main h1"].Contains(expected, StringComparison.Ordinal), $"{payload}: {cited} leads to \"{landing["main h1"]}\"");
            Assert.Contains(expected, landing["title"], StringComparison.Ordinal);
            Assert.Contains(expected, Normalize(await page.InputValueAsync("#site-search-q")), StringComparison.Ordinal);
        }
        browser.AssertClean();
    }

    [Fact]
    public async Task APayloadTopicsFacetLinkIsRefusedWithTheSitesOwnExplanation()
    {
        // Facet values in a URL must look like ids, so a link to a topic outside the taxonomy (a sidecar may set one) is
        // refused with the page's own message; that page must be as clean as any other.
        await using var browser = await browsers.NewPageAsync();
        var page = browser.Page;
        await page.GotoAsync(corpus.BaseUrl + "/?size=50&q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord));
        foreach (var payload in new[] { XssPayloads.All[0], XssPayloads.All[1], XssPayloads.All[20] })
        {
            var href = await page.Locator("#facets a[data-facet='topic']").EvaluateAllAsync<string>(
                "(links, value) => { const l = links.find(a => a.dataset.value === value); return l ? l.getAttribute('href') : ''; }", payload.Text);
            Assert.False(string.IsNullOrEmpty(href), $"no topic facet link for {payload}");
            var visit = await VisitAsync(browser, href, 400, ".notice--error");
            Assert.NotEqual("", visit[".notice--error"]);
            await page.GoBackAsync();
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
    public async Task TheJsonApiAndTheFeedCarryPayloadsOnlyAsData()
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

        // The Atom feed of the same search is well-formed XML whose entry titles are the payloads, as text.
        var feed = await page.APIRequest.GetAsync(corpus.BaseUrl + "/feed.atom?q=" + Uri.EscapeDataString(XssCorpusSite.CommonWord));
        Assert.Equal(200, feed.Status);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = XDocument.Parse(await feed.TextAsync()).Descendants(atom + "entry").Select(e => Normalize(e.Element(atom + "title")!.Value)).ToList();
        foreach (var payload in XssPayloads.All)
        {
            Assert.Contains(Normalize(payload.Text), titles);
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
        await page.ArriveAtAsync("**/admin");

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

        // A file added on disk since the build: the dashboard lists it, by its payload name, as a change.
        var added = Path.Combine(corpus.SourceDirectory, "2024", "<details open ontoggle=alert('nouveau')>.html");
        await File.WriteAllTextAsync(added, "<html><body><p>Nouvelle déclaration</p></body></html>");
        try
        {
            var dashboard = await VisitAsync(browser, "/admin", "#disk-changes");
            Assert.Contains(Normalize("2024/" + Path.GetFileName(added)), dashboard["#disk-changes"], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(added);
        }

        // Uploads with payload names (chromium itself sends '"' as %22 and the server keeps only what follows a '/', so
        // the names avoid both): both are named in the upload's message, the accepted one (the printed PDF, payloads in
        // its title and text) in the pending list and its preview.
        const string accepted = "'><img src=x onerror=alert('depot')>.pdf";
        const string refused = "<svg onload=alert('refus')>.pdf";
        await VisitAsync(browser, "/admin/upload");
        await page.SetInputFilesAsync("#files", new[]
        {
            new FilePayload { Name = accepted, MimeType = "application/pdf", Buffer = await File.ReadAllBytesAsync(Path.Combine(corpus.SourceDirectory, "2024", XssCorpusSite.PrintedPdfName)) },
            new FilePayload { Name = refused, MimeType = "application/pdf", Buffer = "<script>alert('faux')</script>"u8.ToArray() },
        });
        await page.NextDocumentAsync(() => page.ClickAsync("form[enctype='multipart/form-data'] button[type=submit]"));
        var message = await ReadAsync(browser, "the page after the upload", "main");
        Assert.Contains(Normalize(accepted), message["main"], StringComparison.Ordinal);
        Assert.Contains(Normalize(refused), message["main"], StringComparison.Ordinal);
        var pending = await VisitAsync(browser, "/admin/upload", "#pending-uploads");
        Assert.Contains(Normalize(accepted), pending["#pending-uploads"], StringComparison.Ordinal);
        Assert.Contains(Normalize(XssCorpusSite.InPdf[2].Text), pending["#pending-uploads"], StringComparison.Ordinal);
        var preview = await VisitAsync(browser, await page.Locator("#pending-uploads a").First.GetAttributeAsync("href") ?? "", "main");
        Assert.Contains(Normalize(accepted), preview["main"], StringComparison.Ordinal);
        Assert.Contains(Normalize(XssCorpusSite.InPdf[0].Text), preview["main"], StringComparison.Ordinal);
        Assert.Equal(XssCorpusSite.InPdf[2].Text, await page.InputValueAsync("#Form_Title"));
        browser.AssertClean();
    }

    /// <summary>
    /// Opens a page of the planted site, fails on any injected element, and returns the normalised text of each of
    /// <paramref name="selectors"/> (all matches joined; empty when none). Dialogs and CSP reports are checked at the end.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> VisitAsync(BrowserPage browser, string pathAndQuery, int status, params string[] selectors)
    {
        var response = await browser.Page.GotoAsync(corpus.BaseUrl + pathAndQuery);
        Assert.True(response?.Status == status, $"{pathAndQuery} answered {response?.Status}, not {status}");
        return await ReadAsync(browser, pathAndQuery, selectors);
    }

    /// <summary>The page as it is now: fails on any injected element, returns the normalised text of each selector.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ReadAsync(BrowserPage browser, string label, params string[] selectors)
    {
        var result = await browser.Page.EvaluateAsync<JsonElement>($$"""
            selectors => {
              const injected = ({{InjectionScan}})();
              const textOf = {{TextScan}};
              const texts = {};
              for (const s of selectors) {
                texts[s] = s === 'title' ? document.title : Array.from(document.querySelectorAll(s)).map(textOf).join(' | ');
              }
              return { injected, texts };
            }
            """, selectors);
        var injected = result.GetProperty("injected").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(injected.Count == 0, $"{label}: injected markup {string.Join(" | ", injected)}");
        return result.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => Normalize(p.Value.GetString()!));
    }

    private Task<IReadOnlyDictionary<string, string>> VisitAsync(BrowserPage browser, string pathAndQuery, params string[] selectors) =>
        VisitAsync(browser, pathAndQuery, 200, selectors);

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

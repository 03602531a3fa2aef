using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// One hostile string and where it is planted. <see cref="Marker"/> is a made-up word (letters only, so every analyzer
/// keeps it whole) that appears beside the payload in the statement's text, so a search for it finds exactly that
/// statement and its snippet shows the payload.
/// </summary>
public sealed record XssPayload(int Number, string Text)
{
    public string Marker => $"xq{(char)('a' + Number / 26)}{(char)('a' + Number % 26)}z";

    /// <summary>The statement's file name: the payload itself where Linux allows it (no '/'), made unique by the number.</summary>
    public string FileStem => (Text.Contains('/', StringComparison.Ordinal) ? "declaration" : Text) + $"-canari-{Number:D2}";

    /// <summary>Even numbers get their title from the sidecar, odd ones from the page's own &lt;h1&gt;.</summary>
    public bool TitleFromSidecar => Number % 2 == 0;

    public override string ToString() => $"#{Number} {Text}";
}

/// <summary>The XSS vectors of RELIABILITY.md (Q20, H01–H02, H13, W08–W09, G13): PortSwigger-style payloads and their variants.</summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<XssPayload> All = new[]
    {
        "<script>alert(1)</script>",
        "\"><svg onload=alert(2)>",
        "'><img src=x onerror=alert(3)>",
        "<img src=x onerror=alert(4)>",
        "javascript:alert(5)",
        "</title><script>alert(6)</script>",
        "</textarea><script>alert(7)</script>",
        "<body onload=alert(8)>",
        "<iframe srcdoc=\"<script>alert(9)</script>\"></iframe>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>",
        "<svg><script>alert(11)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(12)\"><text x=\"9\" y=\"9\">lien</text></a></svg>",
        "&lt;script&gt;alert(13)&lt;/script&gt;",
        "<ScRiPt>alert(14)</sCrIpT>",
        "<IMG SRC=JaVaScRiPt:alert(15)>",
        "{{constructor.constructor('alert(16)')()}}",
        "${alert(17)}",
        "</script><script>alert(18)</script>",
        "\"-alert(19)-\"",
        "';alert(20);//",
        "\u2028\u2029alert(21)\u2028",
        "<a href=\"javascript:alert(22)\">clic</a>",
        "<details open ontoggle=alert(23)>",
        "<input autofocus onfocus=alert(24)>",
        "<video><source onerror=alert(25)></video>",
        "<object data=\"javascript:alert(26)\"></object>",
        "<embed src=\"data:text/html,<script>alert(27)</script>\">",
        "<base href=\"javascript:alert(28)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(29)\">",
        "<style>@import 'javascript:alert(30)';</style>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(31)>\">",
        "<template><img src=x onerror=alert(32)></template>",
        "<form><button formaction=javascript:alert(33)>envoyer</button></form>",
        "<marquee onstart=alert(34)>",
        // The highlight sentinels (private-use characters) and a literal <mark> around a word: neither may become markup.
        "\uE000<mark>soins</mark>\uE001<\uE000script>alert(35)",
        "<svg><animate onbegin=alert(36) attributeName=x dur=1s>",
        "\" onmouseover=\"alert(37)",
        "<scr<script>ipt>alert(38)</scr</script>ipt>",
        "&#60;script&#62;alert(39)&#60;/script&#62;",
        "<x onclick=alert(40)>cliquez</x>",
        "--><script>alert(41)</script><!--",
        "]]><script>alert(42)</script>",
        "%3Cscript%3Ealert(43)%3C/script%3E",
        "<img src=x onerror=alert(44)//",
    }.Select((text, n) => new XssPayload(n, text)).ToList();
}

/// <summary>
/// A statements folder full of planted payloads, and the real site built from it. Every payload is in an HTML
/// statement's title (sidecar or &lt;h1&gt;), its body text (entity-encoded, so it is text, and once raw, so the
/// extractor meets real hostile markup), its sidecar's topic (a facet) and UN symbols, and its file name where Linux
/// allows. One PDF, printed by Debian's chromium, carries payloads in its text and title; a copy of a fixture PDF with a
/// payload name hangs off one HTML page; a fake PDF with a payload name fails, so the name and the failure reach the dashboard.
/// </summary>
public sealed class XssCorpusSite : IAsyncLifetime
{
    public const string Password = "xss-browser-password";
    public const string PdfMarker = "xqpdfz";
    public const string CommonWord = "témoin";

    /// <summary>A PDF named with a payload, the second file of statement 0's page.</summary>
    public const string LinkedPdfName = "\"><img src=x onerror=alert('pdf-lie')>.pdf";

    /// <summary>The printed PDF, whose name, title and text carry payloads.</summary>
    public const string PrintedPdfName = "<svg onload=alert('pdf-imprime')>.pdf";

    /// <summary>Not a PDF at all: the build refuses it, and the dashboard lists its name with the reason.</summary>
    public const string BrokenPdfName = "<img src=x onerror=alert('echec')>.pdf";

    /// <summary>The payloads in the printed PDF's text and title.</summary>
    public static readonly IReadOnlyList<XssPayload> InPdf = [XssPayloads.All[0], XssPayloads.All[1], XssPayloads.All[5], XssPayloads.All[17]];

    private readonly string root = TestPaths.NewTempDirectory("mmm-xss");
    private SiteProcess? site;

    public string SourceDirectory => Path.Combine(root, "statements");

    public SiteProcess Site => site ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => Site.BaseUrl;

    public async Task InitializeAsync()
    {
        var year = Path.Combine(SourceDirectory, "2024");
        Directory.CreateDirectory(year);
        foreach (var payload in XssPayloads.All)
        {
            await WriteStatementAsync(year, payload);
        }
        File.Copy(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf"), Path.Combine(year, LinkedPdfName));
        await File.WriteAllTextAsync(Path.Combine(year, BrokenPdfName), "<html><body><script>alert('faux')</script></body></html>");
        await PrintPdfAsync(Path.Combine(year, PrintedPdfName));

        site = await SiteProcess.StartAsync(Password, TimeSpan.FromSeconds(120), SourceDirectory);
        await WaitForIdleBuildAsync();
    }

    private static async Task WriteStatementAsync(string folder, XssPayload payload)
    {
        var encoded = WebUtility.HtmlEncode(payload.Text);
        var heading = payload.TitleFromSidecar ? $"Déclaration {payload.Marker}" : encoded;
        // Statement 0 links the PDF with a payload name: the two files make one statement.
        var link = payload.Number == 0 ? $"<p><a href=\"{Uri.EscapeDataString(LinkedPdfName)}\">La déclaration en PDF</a></p>" : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>{heading}</title></head>
            <body><main>
            <h1>{heading}</h1>
            <p>Déclaration {CommonWord} {payload.Marker} sur les soins : {encoded} — fin de la citation.</p>
            {link}
            <div class="raw">{payload.Text}</div>
            </main></body></html>
            """;
        var file = Path.Combine(folder, payload.FileStem + ".html");
        await File.WriteAllTextAsync(file, html, new UTF8Encoding(false));
        var sidecar = new Dictionary<string, object>
        {
            ["language"] = "fr",
            ["topics"] = new[] { payload.Text },
            ["symbol"] = payload.Text,
            // A cited symbol equal to the statement's own would be dropped from the cited list.
            ["citedSymbols"] = new[] { payload.Text + " cité" },
        };
        if (payload.TitleFromSidecar)
        {
            sidecar["title"] = payload.Text;
        }
        await File.WriteAllTextAsync(file + ".meta.json", JsonSerializer.Serialize(sidecar));
    }

    /// <summary>A real PDF with payloads as its text and title, printed the way the extraction fixtures are (make-fixtures.sh).</summary>
    private async Task PrintPdfAsync(string target)
    {
        var paragraphs = string.Concat(InPdf.Select(p => $"<p>Déclaration imprimée {PdfMarker} : {WebUtility.HtmlEncode(p.Text)} — fin.</p>"));
        var source = Path.Combine(root, "printed.html");
        await File.WriteAllTextAsync(source, $"""
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(InPdf[2].Text)}</title></head>
            <body>{paragraphs}</body></html>
            """);
        var profile = Path.Combine(root, "chromium-profile");
        var start = new ProcessStartInfo(BrowserFixture.ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer",
            "--print-to-pdf=" + target, new Uri(source).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }
        using var chromium = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start.");
        var output = chromium.StandardOutput.ReadToEndAsync();
        var errors = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await chromium.WaitForExitAsync(timeout.Token);
        if (!File.Exists(target) || new FileInfo(target).Length == 0)
        {
            throw new InvalidOperationException($"chromium printed no PDF (exit {chromium.ExitCode}): {await output} {await errors}");
        }
    }

    /// <summary>Healthy means an index is live; the start-up build must also have ended, so no later build swaps it.</summary>
    private async Task WaitForIdleBuildAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            using var health = JsonDocument.Parse(await http.GetStringAsync(BaseUrl + "/healthz"));
            if (health.RootElement.GetProperty("build").ValueKind == JsonValueKind.Null)
            {
                return;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The start-up build did not end within 120 s:\n" + Site.Log);
    }

    public async Task DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

using Microsoft.Playwright;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// One real site process and one headless Debian chromium shared by every test in the <see cref="BrowserCollection"/>.
/// Tests open pages with <see cref="NewPageAsync"/>; each page has its own cookies.
/// Playwright never downloads a browser here: it drives <see cref="ChromiumPath"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminPassword = "browser-tests-password";

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    // Runs in every page before the site's own scripts, and survives navigation.
    private const string CspRecorderScript = """
        document.addEventListener('securitypolicyviolation', e =>
          window.__mmmReportCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sample ? ' (' + e.sample + ')' : '')));
        """;

    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public SiteProcess Site => site ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => Site.BaseUrl;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's chromium at {ChromiumPath}. Install it with ./test.sh (tools/ensure-deps.sh) or `sudo apt-get install chromium`.");
        }
        site = await SiteProcess.StartAsync(AdminPassword, TimeSpan.FromSeconds(90));
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (own context, own cookies) that records dialogs, CSP violations and script errors.</summary>
    public async Task<BrowserPage> NewPageAsync(ViewportSize? viewport = null, string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = viewport ?? Desktop,
        });
        // Generous: two shared cores may be busy with the in-process tests running beside this collection.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var recorded = new BrowserPage(context, await context.NewPageAsync());
        await context.ExposeFunctionAsync<string, bool>("__mmmReportCsp", violation =>
        {
            recorded.Record(recorded.CspViolationsList, violation);
            return true;
        });
        await context.AddInitScriptAsync(CspRecorderScript);
        recorded.Page.Dialog += async (_, dialog) =>
        {
            recorded.Record(recorded.DialogsList, $"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        recorded.Page.PageError += (_, error) => recorded.Record(recorded.ScriptErrorsList, error);
        return recorded;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }
}

/// <summary>A page with what it recorded: JavaScript dialogs (XSS would open one), CSP violations, uncaught script errors.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    internal readonly List<string> DialogsList = [];
    internal readonly List<string> CspViolationsList = [];
    internal readonly List<string> ScriptErrorsList = [];

    public IPage Page { get; } = page;

    public IBrowserContext Context { get; } = context;

    public IReadOnlyList<string> Dialogs => Snapshot(DialogsList);

    public IReadOnlyList<string> CspViolations => Snapshot(CspViolationsList);

    public IReadOnlyList<string> ScriptErrors => Snapshot(ScriptErrorsList);

    /// <summary>Fails the test if the page opened a dialog, broke the CSP or threw.</summary>
    public void AssertClean()
    {
        Assert.True(Dialogs.Count == 0, "JavaScript dialogs: " + string.Join("; ", Dialogs));
        Assert.True(CspViolations.Count == 0, "CSP violations: " + string.Join("; ", CspViolations));
        Assert.True(ScriptErrors.Count == 0, "Script errors: " + string.Join("; ", ScriptErrors));
    }

    internal void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Infrastructure;

/// <summary>
/// The real site in process, with its own empty temp <c>DataDirectory</c> (accounts, audit log, keys),
/// removed on dispose. <see cref="AdminPassword"/> plays the part of <c>MMM_ADMIN_PASSWORD</c>.
/// </summary>
internal sealed class SiteFactory : WebApplicationFactory<Program>
{
    public const string DefaultPassword = "correct-horse-battery-staple";

    private readonly string? adminPassword;
    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string>? settings;

    /// <param name="ownCorpus">Give the site its own writable copy of statements/ (for tests that upload, replace or delete).</param>
    /// <param name="settings">More configuration (e.g. <c>Statements:Smtp:Host</c>), applied after the defaults above.</param>
    public SiteFactory(string? adminPassword = DefaultPassword, string environment = "Development", string? dataDirectory = null, bool ownCorpus = false,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        this.adminPassword = adminPassword;
        this.environment = environment;
        this.settings = settings;
        DataDirectory = dataDirectory ?? Path.Combine(TestPaths.NewTempDirectory("mmm-web"), "app-data");
        var root = Path.GetDirectoryName(DataDirectory)!;
        IndexDirectory = Path.Combine(root, "index-data");
        if (!File.Exists(Path.Combine(IndexDirectory, "CURRENT")))
        {
            SharedIndex.CopyTo(IndexDirectory);
        }
        SourceDirectory = TestPaths.Statements;
        if (ownCorpus)
        {
            SourceDirectory = Path.Combine(root, "statements");
            SharedIndex.CopyCorpusTo(SourceDirectory);
        }
    }

    public string DataDirectory { get; }

    /// <summary>This site's own copy of the sample index.</summary>
    public string IndexDirectory { get; }

    /// <summary>The repository's statements/, or the site's own copy when asked for.</summary>
    public string SourceDirectory { get; }

    /// <summary>The site's index builds (to await one in a test).</summary>
    public Engine.IndexBuilds Builds => Services.GetRequiredService<Engine.IndexBuilds>();

    public string? AdminPassword => adminPassword;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Statements:DataDirectory", DataDirectory);
        builder.UseSetting("Statements:IndexDirectory", IndexDirectory);
        builder.UseSetting("Statements:SourceDirectory", SourceDirectory);
        // Tests do not depend on timing: a loaded test machine must not turn a search into "timed out".
        builder.UseSetting("Statements:QueryTimeoutSeconds", "60");
        builder.UseSetting("MMM_ADMIN_PASSWORD", adminPassword ?? "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient NewClient(bool https = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(DataDirectory)!, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}

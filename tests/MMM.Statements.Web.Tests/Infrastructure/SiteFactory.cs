using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    public SiteFactory(string? adminPassword = DefaultPassword, string environment = "Development", string? dataDirectory = null)
    {
        this.adminPassword = adminPassword;
        this.environment = environment;
        DataDirectory = dataDirectory ?? Path.Combine(TestPaths.NewTempDirectory("mmm-web"), "app-data");
    }

    public string DataDirectory { get; }

    public string? AdminPassword => adminPassword;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Statements:DataDirectory", DataDirectory);
        builder.UseSetting("MMM_ADMIN_PASSWORD", adminPassword ?? "");
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

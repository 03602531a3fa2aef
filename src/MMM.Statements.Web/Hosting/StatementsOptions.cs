using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Hosting;

/// <summary>The <c>Statements</c> configuration section: where the corpus, the index and the site's own data live.</summary>
public sealed class StatementsOptions
{
    public const string Section = "Statements";

    /// <summary>The corpus. Default: the repository's <c>statements/</c>.</summary>
    public string SourceDirectory { get; set; } = "";

    /// <summary>The search index. Default: the repository's <c>index-data/</c>.</summary>
    public string IndexDirectory { get; set; } = "";

    /// <summary>Accounts, audit log and data-protection keys. Default: the repository's <c>app-data/</c> (git-ignored).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>The largest request body accepted (uploads); 50 MB by default.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Searches and other public reads allowed per client address and second (30 by default; a load test from one address raises it).</summary>
    public int SearchRequestsPerSecond { get; set; } = RateLimits.SearchPerSecond;

    /// <summary>A search running longer is stopped and says so; 2 seconds by default.</summary>
    public double QueryTimeoutSeconds { get; set; } = 2;

    /// <summary>
    /// The site's public address (<c>https://statements.example.org</c>, or with a base path), which absolute links in
    /// feeds, citation files and exports use. Empty: see <see cref="PublicOrigin"/> for what is used instead.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (e.g.
    /// <c>127.0.0.1</c> for a TLS proxy on the same machine). Empty by default: the headers are then ignored, so a client
    /// cannot pick its own address for the rate limits and sign-in throttling.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}

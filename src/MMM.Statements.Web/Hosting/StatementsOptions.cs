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

    /// <summary>The mail server that e-mail alerts go through (<c>Statements:Smtp:*</c>). Without a host, searches offer only their Atom feed.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Alert sign-ups (form posts to <c>/alerts</c>) allowed per client address and hour; 10 by default.</summary>
    public int AlertSignUpsPerHour { get; set; } = RateLimits.AlertSignUpsPerHour;
}

/// <summary>How the site reaches its mail server (MailKit). Only <see cref="Host"/> and <see cref="From"/> are needed.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's name or address; empty (the default) turns e-mail alerts off.</summary>
    public string Host { get; set; } = "";

    /// <summary>The port; 0 (the default) means 465 with <see cref="SmtpSecurity.SslOnConnect"/>, 587 otherwise, 25 without TLS.</summary>
    public int Port { get; set; }

    /// <summary>The sender of every alert, e.g. <c>MMM Déclarations &lt;alerts@example.org&gt;</c>.</summary>
    public string From { get; set; } = "";

    /// <summary>The account to authenticate with; empty: no authentication.</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>
    /// How the connection is protected. Unset: <see cref="SmtpSecurity.None"/> for a server on the loopback (a local
    /// relay), <see cref="SmtpSecurity.StartTls"/> otherwise, which refuses a server that does not offer TLS.
    /// </summary>
    public SmtpSecurity? Security { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The security actually used (see <see cref="Security"/>).</summary>
    public SmtpSecurity EffectiveSecurity => Security ?? (IsLoopback(Host) ? SmtpSecurity.None : SmtpSecurity.StartTls);

    /// <summary>The port actually used (see <see cref="Port"/>).</summary>
    public int EffectivePort => Port > 0 ? Port : EffectiveSecurity switch
    {
        SmtpSecurity.SslOnConnect => 465,
        SmtpSecurity.StartTls => 587,
        _ => 25,
    };

    internal static bool IsLoopback(string host) =>
        string.Equals(host.Trim(), "localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim().Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}

/// <summary>TLS on the SMTP connection: none, upgraded with STARTTLS, or from the first byte (port 465).</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

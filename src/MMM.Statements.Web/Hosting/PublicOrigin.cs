using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MMM.Statements.Web.Hosting;

/// <summary>
/// Where absolute links (Atom feed, citation files, permalinks, CSV export) point. Never the raw <c>Host</c> header,
/// which any client sets as it likes (<c>Host: evil.example</c> used to end up in every feed link): the configured
/// <c>Statements:PublicUrl</c> when there is one; else the request's host only when it is on the <c>AllowedHosts</c>
/// list that host filtering enforces; else, with no list (<c>*</c>), the request's host only when it is a loopback
/// name (a developer's machine), and <c>http://localhost</c> otherwise.
/// </summary>
public sealed class PublicOrigin
{
    private const string Fallback = "http://localhost";

    private readonly Uri? publicUrl;
    private readonly IList<StringSegment> allowedHosts;

    public PublicOrigin(IOptions<StatementsOptions> options, IConfiguration configuration, IHostEnvironment environment, ILogger<PublicOrigin> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        publicUrl = TryParse(options.Value.PublicUrl);
        allowedHosts = AllowedHosts(configuration);
        if (publicUrl is null && allowedHosts.Count == 0 && !environment.IsDevelopment())
        {
            logger.LogWarning("Neither Statements:PublicUrl nor AllowedHosts is set: absolute links in feeds and citations point to {Fallback}", Fallback);
        }
    }

    /// <summary>The configured public base URL, or null.</summary>
    public Uri? PublicUrl => publicUrl;

    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> (which starts with <c>/</c>) on this site.</summary>
    public string Absolute(HttpContext context, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (publicUrl is not null)
        {
            return publicUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery;
        }
        var request = context.Request;
        var host = request.Host;
        var trusted = host.HasValue && (allowedHosts.Count > 0
            ? HostString.MatchesAny(host.Host, allowedHosts)
            : IsLoopback(host.Host));
        return trusted
            ? $"{request.Scheme}://{host}{request.PathBase}{pathAndQuery}"
            : $"{Fallback}{request.PathBase}{pathAndQuery}";
    }

    /// <summary>An absolute http(s) URL without query or fragment, or null (empty, or not such a URL).</summary>
    internal static Uri? TryParse(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri
            : null;

    // The same list, and the same reading of it, as ASP.NET Core's host filtering; "*" means no list.
    private static List<StringSegment> AllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        return hosts.Contains("*") ? [] : hosts.Select(h => new StringSegment(h)).ToList();
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}

namespace MMM.Statements.Web.Security;

/// <summary>
/// Adds the security headers to every response (pages, static files, JSON, errors). ASP.NET Core sends
/// none of them by default, and its HSTS default (30 days) is shorter than ASVS asks.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IHostEnvironment environment)
{
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public Task InvokeAsync(HttpContext context, CspNonce nonce)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response that set its own, stricter policy (the sandboxed file downloads) keeps it.
            if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = Policy(nonce.Value);
            }
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!environment.IsDevelopment())
            {
                // Sent on plain HTTP too: browsers ignore it there, and a TLS-terminating proxy forwards it as is.
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    internal static string Policy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
}

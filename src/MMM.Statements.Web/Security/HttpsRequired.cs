using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Security;

/// <summary>
/// Outside Development, the admin pages and every form post are HTTPS only: their cookies are <c>Secure</c>, and the
/// antiforgery system refuses plain HTTP with an exception (a 500 and a stack trace in the log, before this). A plain
/// HTTP request for them is sent to the HTTPS address when <c>Statements:PublicUrl</c> gives one (GET and HEAD), and
/// otherwise answered 403 with a page that says HTTPS is required. Public GET pages stay readable over HTTP.
/// </summary>
internal sealed class HttpsRequired(RequestDelegate next, IHostEnvironment environment, PublicOrigin origin)
{
    public const string PagePath = "/https-required";

    public Task InvokeAsync(HttpContext context)
    {
        if (environment.IsDevelopment() || context.Request.IsHttps || !NeedsHttps(context.Request))
        {
            return next(context);
        }
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (read && origin.PublicUrl is { Scheme: "https" })
        {
            context.Response.Redirect(origin.Absolute(context, context.Request.Path + context.Request.QueryString), permanent: false, preserveMethod: true);
            return Task.CompletedTask;
        }
        // Rendered by the HttpsRequired page, with the site's layout and language; nothing of the request is processed.
        context.Request.Path = PagePath;
        context.Request.QueryString = QueryString.Empty;
        context.Request.Method = HttpMethods.Get;
        return next(context);
    }

    private static bool NeedsHttps(HttpRequest request) =>
        request.Path.StartsWithSegments(AdminGuard.AdminPrefix, StringComparison.OrdinalIgnoreCase)
        || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
}

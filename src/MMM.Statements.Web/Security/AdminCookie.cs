using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Security;

/// <summary>
/// The admin session cookie and the antiforgery cookie: <c>HttpOnly</c>, <c>SameSite=Strict</c>, and outside
/// Development <c>Secure</c> with a <c>__Host-</c> name (bound to this host, path <c>/</c>, HTTPS only).
/// Development keeps plain names so the site works over plain HTTP on a developer's machine.
/// </summary>
internal static class AdminCookie
{
    public const string ProductionName = "__Host-mmm-admin";
    public const string DevelopmentName = "mmm-admin";

    public static void Configure(CookieAuthenticationOptions options, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        options.Cookie.Name = development ? DevelopmentName : ProductionName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.Cookie.Path = "/";
        options.LoginPath = "/admin/login";
        options.LogoutPath = "/admin/logout";
        options.AccessDeniedPath = "/admin/login";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events = new CookieAuthenticationEvents
        {
            OnRedirectToLogin = context =>
            {
                // JSON callers get a status code, not an HTML sign-in page.
                if (context.Request.Path.StartsWithSegments("/admin/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            },
            OnValidatePrincipal = async context =>
            {
                var name = context.Principal?.Identity?.Name;
                var stamp = context.Principal?.FindFirst(AdminPrincipal.StampClaim)?.Value;
                var signIn = context.HttpContext.RequestServices.GetRequiredService<AdminSignIn>();
                if (name is null || !signIn.IsSessionCurrent(name, stamp))
                {
                    // Signed out elsewhere or password changed: the cookie (even a copied one) is no longer valid.
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            },
        };
    }

    public static void ConfigureAntiforgery(AntiforgeryOptions options, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        options.Cookie.Name = development ? "mmm-af" : "__Host-mmm-af";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.Cookie.Path = "/";
    }
}

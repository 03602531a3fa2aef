using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Sessions;

namespace MMM.Statements.Web.Hosting;

/// <summary>Everything the site needs, registered in one place (services), then wired in order (pipeline).</summary>
public static class StatementsWebHosting
{
    public static WebApplicationBuilder AddStatementsWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<StatementsOptions>().BindConfiguration(StatementsOptions.Section).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<StatementsOptions>, StatementsOptionsDefaults>();
        services.AddSingleton<IValidateOptions<StatementsOptions>, StatementsOptionsValidation>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<AccountStore>();
        services.AddSingleton<IPasswordHasher<AdminAccount>, PasswordHasher<AdminAccount>>();
        services.AddSingleton<AdminSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PublicOrigin>();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<AdminBootstrap>();
        services.AddStatementsEngine();
        services.AddStatementsApi();
        services.AddSessionPages();
        services.AddAlerts();

        services.AddScoped<CspNonce>();
        services.AddScoped(_ => UiText.For(CultureInfo.CurrentUICulture));
        services.AddRequestLocalization(SiteCultures.Configure);

        services.AddRouting(o => o.LowercaseUrls = true);
        // Razor still encodes <, >, & and quotes; this only stops it turning every accent into &#xE9;.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Behind a TLS-terminating proxy: the scheme (secure cookies) and client address (rate limits, sign-in throttling),
        // believed only from the proxies named in Statements:KnownProxies. ASP.NET Core's default believes any loopback
        // peer, which let a local client choose its own address with X-Forwarded-For and escape every limit.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<StatementsOptions>>((forwarded, options) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            // An unreadable entry is reported by StatementsOptionsValidation, which stops the start.
            foreach (var proxy in options.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
            }
            if (forwarded.KnownProxies.Count == 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
            }
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPrincipal.StaffPolicy);
            o.Conventions.AllowAnonymousToPage("/Admin/Login");
            o.Conventions.ConfigureFilter(new UnknownHandlerFilter());
        });
        services.AddProblemDetails();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<StatementsOptions>>((limiter, options) =>
            RateLimits.Configure(limiter, options.Value.SearchRequestsPerSecond, options.Value.AlertSignUpsPerHour));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>(AdminCookie.Configure);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPrincipal.StaffPolicy, p => p.RequireAuthenticatedUser().RequireClaim(AdminPrincipal.StampClaim));
        services.AddAntiforgery();
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IHostEnvironment>(AdminCookie.ConfigureAntiforgery);

        // Keys live in DataDirectory so that a restart does not sign everyone out or void open forms.
        services.AddDataProtection().SetApplicationName("MMM.Statements");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StatementsOptions>, ILoggerFactory>((keys, options, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(
                Directory.CreateDirectory(Path.Combine(options.Value.DataDirectory, "keys")), logs));

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<StatementsOptions>>((kestrel, options) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxUploadBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        });
        services.AddOptions<FormOptions>().Configure<IOptions<StatementsOptions>>((form, options) =>
        {
            form.MultipartBodyLengthLimit = options.Value.MaxUploadBytes;
            form.ValueCountLimit = 256;
        });
        return builder;
    }

    public static WebApplication UseStatementsWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseWhen(IsJsonRequest, json =>
        {
            json.UseExceptionHandler();
            json.UseStatusCodePages();
        });
        app.UseWhen(context => !IsJsonRequest(context), pages =>
        {
            pages.UseExceptionHandler(ErrorPagePath(StatusCodes.Status500InternalServerError));
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
            if (!app.Environment.IsDevelopment())
            {
                // Pages only: an API client that used http:// gets no silent redirect (ASVS 4.1.2).
                pages.UseHttpsRedirection();
            }
            // What the redirection could not send to HTTPS (no HTTPS port known) and must not run over plain HTTP.
            pages.UseMiddleware<HttpsRequired>();
            pages.Use(ReExecuteErrorsAsGet);
        });
        app.UseIndexAvailability();
        app.UseIndexVersionHeader();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.Use(SiteCultures.RememberChosenLanguage);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AdminGuard>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapStatementsWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        app.MapStatementsEngine();
        app.MapStatementsApi();
        app.MapAdminApi();
        app.MapSitemap();
        return app;
    }

    internal static string ErrorPagePath(int status) => "/error/" + status.ToString(CultureInfo.InvariantCulture);

    private static bool IsJsonRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    // A failed POST is re-executed as a POST; the error page must render, not run a form handler.
    private static Task ReExecuteErrorsAsGet(HttpContext context, Func<Task> next)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
        }
        return next();
    }
}

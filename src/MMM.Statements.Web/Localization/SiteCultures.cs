using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace MMM.Statements.Web.Localization;

/// <summary>
/// The three interface languages. The culture comes from <c>?lang=</c> (which also sets the cookie), then the
/// cookie, then <c>Accept-Language</c>; French when none of them names a supported language.
/// </summary>
public static class SiteCultures
{
    public const string Default = "fr";
    public const string QueryKey = "lang";
    public const string CookieName = "mmm-lang";

    public static IReadOnlyList<string> All { get; } = ["fr", "en", "es"];

    /// <summary>The two-letter language of the current request ("fr", "en" or "es").</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && All.Contains(code)
        ? code
        : Default;

    /// <summary>The path the visitor asked for: on an error page, the original one, not <c>/error/404</c>.</summary>
    public static string VisiblePath(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPathBase + reExecuted.OriginalPath
            : (context.Request.PathBase + context.Request.Path).ToString();
    }

    /// <summary>The query string the visitor sent (see <see cref="VisiblePath"/>).</summary>
    public static string? VisibleQuery(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalQueryString
            : context.Request.QueryString.Value;
    }

    internal static void Configure(RequestLocalizationOptions options)
    {
        var cultures = All.Select(c => new CultureInfo(c)).ToList();
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    /// <summary>Remembers a language chosen with <c>?lang=</c> so that the next pages keep it.</summary>
    internal static async Task RememberChosenLanguage(HttpContext context, Func<Task> next)
    {
        var feature = context.Features.Get<IRequestCultureFeature>();
        if (feature?.Provider is QueryStringRequestCultureProvider)
        {
            context.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                new CookieOptions
                {
                    Path = "/",
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
        }
        await next();
    }
}

using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MMM.Statements.Web.Security;

/// <summary>
/// The named rate-limit policies. Search pages and JSON endpoints use <see cref="Search"/>
/// (<c>[EnableRateLimiting(RateLimits.Search)]</c> or <c>.RequireRateLimiting(RateLimits.Search)</c>);
/// the sign-in form uses <see cref="SignIn"/>. Rejections are 429 with <c>Retry-After</c>, not the default 503.
/// </summary>
public static class RateLimits
{
    public const string Search = "search";
    public const string SignIn = "sign-in";
    public const string AlertSignUp = "alert-sign-up";

    /// <summary>Search: 30 requests a second per address, with a short queue so that bursts wait instead of failing.</summary>
    public const int SearchPerSecond = 30;

    /// <summary>Sign-in: 10 form posts a minute per address (the account lockout handles slower guessing).</summary>
    public const int SignInPerMinute = 10;

    /// <summary>Alert sign-ups: 10 form posts an hour per address (each may send a confirmation mail to a stranger).</summary>
    public const int AlertSignUpsPerHour = 10;

    internal static void Configure(RateLimiterOptions options, int searchPerSecond = SearchPerSecond, int alertSignUpsPerHour = AlertSignUpsPerHour)
    {
        searchPerSecond = Math.Clamp(searchPerSecond, 1, 100_000);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, _) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : 1;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };

        options.AddPolicy(Search, context => RateLimitPartition.GetTokenBucketLimiter(
            ClientAddress(context),
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = searchPerSecond,
                TokensPerPeriod = searchPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = searchPerSecond,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));

        // Only the form post counts: showing the form again after a failure must not use up attempts.
        options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = SignInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
            : RateLimitPartition.GetNoLimiter("get"));

        options.AddPolicy(AlertSignUp, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Clamp(alertSignUpsPerHour, 1, 100_000),
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
            : RateLimitPartition.GetNoLimiter("get"));
    }

    private static string ClientAddress(HttpContext context) =>
        (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString();
}

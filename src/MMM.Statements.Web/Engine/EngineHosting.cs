using System.Globalization;
using Microsoft.Extensions.Options;
using MMM.Statements.Extraction;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Engine;

/// <summary>The search engine inside the site: the live index, its builds, and the health endpoint.</summary>
public static class EngineHosting
{
    public static IServiceCollection AddStatementsEngine(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var path = Path.Combine(sp.GetRequiredService<IOptions<StatementsOptions>>().Value.SourceDirectory, "taxonomy.json");
            return File.Exists(path) ? Taxonomy.Load(path) : Taxonomy.Default;
        });
        // The ask rules are read by each build; loaded here too so that a bad file stops the site at start, naming the file and the entry, as a bad taxonomy does.
        services.AddSingleton(sp =>
        {
            var path = Path.Combine(sp.GetRequiredService<IOptions<StatementsOptions>>().Value.SourceDirectory, "asks.json");
            return File.Exists(path) ? AskRules.Load(path) : AskRules.Default;
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StatementsOptions>>().Value;
            _ = sp.GetRequiredService<AskRules>();
            return new StatementIndex(options.IndexDirectory, new StatementIndexOptions
            {
                Taxonomy = sp.GetRequiredService<Taxonomy>(),
                QueryTimeout = TimeSpan.FromSeconds(Math.Clamp(options.QueryTimeoutSeconds, 0.1, 300)),
            });
        });
        services.AddSingleton<IndexBuilds>();
        services.AddHostedService<IndexOnStart>();
        return services;
    }

    /// <summary>
    /// A request that finds no index to serve gets 503 with Retry-After (JSON for the API, a page otherwise), and a
    /// rebuild starts if none runs: a deleted or damaged live file heals itself.
    /// </summary>
    public static IApplicationBuilder UseIndexAvailability(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next();
        }
        catch (IndexUnavailableException e) when (!context.Response.HasStarted)
        {
            var builds = context.RequestServices.GetRequiredService<IndexBuilds>();
            // A full build: a damaged index's own records cannot be trusted for an update.
            if (builds.TryStart(full: true, requestedBy: "automatic recovery") == StartOutcome.Started)
            {
                context.RequestServices.GetRequiredService<ILogger<IndexBuilds>>()
                    .LogWarning("The live index cannot serve ({Problem}); a rebuild has started", e.Message);
            }
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await context.Response.WriteAsJsonAsync(new
                {
                    status = 503,
                    title = "L’index de recherche se reconstruit ; réessayez dans quelques secondes. / The search index is being rebuilt; try again in a few seconds.",
                }, context.RequestAborted);
            }
        }
    });

    public static IEndpointRouteBuilder MapStatementsEngine(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Health);
        return app;
    }

    private static IResult Health(StatementIndex index, IndexBuilds builds, TimeProvider time, HttpContext context)
    {
        var info = index.Info;
        var running = builds.Current;
        var last = builds.History.FirstOrDefault(b => b.Outcome != BuildOutcome.Running);
        var popplerOk = DocumentExtractor.PopplerAvailable(out var popplerProblem);
        var status = info is null ? "unavailable"
            : !popplerOk || last is { Outcome: BuildOutcome.Failed or BuildOutcome.Interrupted } ? "degraded"
            : "ok";
        var body = new
        {
            status,
            problem = info is null ? index.Problem : popplerOk ? last is { Outcome: BuildOutcome.Failed or BuildOutcome.Interrupted } ? last.Message : null : popplerProblem,
            index = info is null ? null : new
            {
                file = info.FileName,
                statements = info.Statements,
                files = info.Files,
                failed = info.Failed,
                builtAt = info.BuiltAt,
                ageSeconds = Math.Round((time.GetUtcNow() - info.BuiltAt).TotalSeconds),
                analyzerVersion = info.AnalyzerVersion,
                schemaVersion = info.SchemaVersion,
            },
            build = running is null ? null : new { stage = running.Stage.ToString().ToLowerInvariant(), done = running.Done, total = running.Total },
        };
        if (info is null)
        {
            if (running is null && index.Problem is { } problem && !problem.StartsWith("no index has been built", StringComparison.Ordinal))
            {
                // The live file went missing or cannot be read: rebuild it.
                builds.TryStart(full: true, requestedBy: "automatic recovery");
            }
            context.Response.Headers.RetryAfter = "10";
            return TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        context.Response.Headers["X-Index-Version"] = info.FileName;
        return TypedResults.Json(body);
    }

    /// <summary>Each API response says which index generation answered it (for the reindex-under-load checks).</summary>
    public static IApplicationBuilder UseIndexVersionHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                if (context.RequestServices.GetRequiredService<StatementIndex>().Info is { } info)
                {
                    context.Response.Headers["X-Index-Version"] = info.FileName;
                }
                return Task.CompletedTask;
            });
        }
        return next();
    });

    internal static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
}

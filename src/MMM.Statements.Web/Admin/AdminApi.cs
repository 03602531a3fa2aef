using System.Globalization;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Admin;

/// <summary>The JSON the dashboard's script polls for live build progress (staff only; anonymous callers get 401).</summary>
public static class AdminApi
{
    public const string ProgressPath = "/admin/api/build/progress";

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(ProgressPath, Progress).RequireAuthorization(AdminPrincipal.StaffPolicy);
        return app;
    }

    private static IResult Progress(IndexBuilds builds, UiText text, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var current = builds.Current;
        var last = builds.History.FirstOrDefault(b => b.Outcome != BuildOutcome.Running);
        return TypedResults.Json(new
        {
            running = current is not null,
            stage = current?.Stage.ToString().ToLowerInvariant(),
            stageLabel = current is null ? null : BuildText.Stage(text.Manage, current.Stage),
            done = current?.Done ?? 0,
            total = current?.Total ?? 0,
            currentFile = current?.CurrentFile,
            elapsedSeconds = current is null ? 0 : Math.Round(current.Elapsed.TotalSeconds),
            remainingSeconds = current?.Remaining is { } r ? Math.Round(r.TotalSeconds) : (double?)null,
            summary = current is null ? null : BuildText.ProgressLine(text.Manage, current),
            full = current?.Build.Full,
            lastBuildId = last?.Id,
            lastOutcome = last?.Outcome.ToString().ToLowerInvariant(),
        });
    }
}

/// <summary>The words for builds, shared by the page and the JSON progress.</summary>
public static class BuildText
{
    public static string Stage(ManageText text, Search.Indexing.IndexingStage stage) => stage switch
    {
        Search.Indexing.IndexingStage.Discovering => text.StageDiscovering,
        Search.Indexing.IndexingStage.Extracting => text.StageExtracting,
        Search.Indexing.IndexingStage.Tagging => text.StageTagging,
        Search.Indexing.IndexingStage.Writing => text.StageWriting,
        Search.Indexing.IndexingStage.Verifying => text.StageVerifying,
        _ => text.StageDone,
    };

    public static string Outcome(ManageText text, BuildOutcome outcome) => outcome switch
    {
        BuildOutcome.Running => text.OutcomeRunning,
        BuildOutcome.Succeeded => text.OutcomeSucceeded,
        BuildOutcome.Unchanged => text.OutcomeUnchanged,
        BuildOutcome.Failed => text.OutcomeFailed,
        BuildOutcome.Cancelled => text.OutcomeCancelled,
        _ => text.OutcomeInterrupted,
    };

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>« Extraction : 12 / 40 — 0:35 écoulées, environ 1:20 restantes ».</summary>
    public static string ProgressLine(ManageText text, BuildProgress progress)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(progress);
        var line = UiText.Format(text.ProgressFormat, Stage(text, progress.Stage), progress.Done, progress.Total, Duration(progress.Elapsed));
        return progress.Remaining is { } left ? line + " " + UiText.Format(text.RemainingFormat, Duration(left)) : line;
    }
}

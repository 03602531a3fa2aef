using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Model;
using MMM.Statements.Search;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>
/// The admin dashboard: the live index, what changed on disk since it was built, the running build with live
/// progress, the buttons that start or cancel a build, the build history with every failure, and the audit log.
/// </summary>
public sealed class DashboardModel(AuditLog audit, IndexBuilds builds, StatementIndex index, IOptions<StatementsOptions> options, UiText text) : PageModel
{
    public const int ShownEntries = 100;
    public const int ShownBuilds = 20;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IndexStats? Stats { get; private set; }
    public DiskChangeList? Changes { get; private set; }
    public BuildProgress? Current { get; private set; }
    public IReadOnlyList<BuildRecord> History { get; private set; } = [];

    /// <summary>The last finished build (its failures are listed in full).</summary>
    public BuildRecord? LastBuild { get; private set; }

    /// <summary>
    /// The build a crash interrupted, when it is the last one anybody asked for: the start-up build that follows a
    /// restart must not hide it.
    /// </summary>
    public BuildRecord? Interrupted { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await audit.ReadNewestFirstAsync(ShownEntries, cancellationToken);
        Stats = index.Stats(SiteCultures.Current);
        Changes = DiskChanges.Compute(index, options.Value.SourceDirectory);
        Current = builds.Current;
        History = builds.History.Where(b => b.Outcome != BuildOutcome.Running).Take(ShownBuilds).ToList();
        LastBuild = History.FirstOrDefault();
        Interrupted = History.FirstOrDefault(b => b.RequestedBy != "startup") is { Outcome: BuildOutcome.Interrupted } crashed ? crashed : null;
    }

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) => StartAsync(full: false, cancellationToken);

    public Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken) => StartAsync(full: true, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var cancelled = builds.Cancel();
        await audit.RecordAsync(HttpContext, AuditActions.ReindexCancel, cancelled ? AuditActions.Success : AuditActions.Failure,
            reason: cancelled ? null : AuditReason.NoBuildRunning, cancellationToken: cancellationToken);
        SetFlash(cancelled ? text.Manage.CancelRequested : text.Manage.NoBuildToCancel, error: !cancelled);
        return RedirectToPage();
    }

    /// <summary>Who asked for a build, in words when it was the site itself.</summary>
    public string RequestedBy(BuildRecord build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return build.RequestedBy == "startup" ? text.Manage.RequestedAtStartup : build.RequestedBy;
    }

    /// <summary>What became of a build that published nothing, in the reader's language (the record's message is the engine's, for logs).</summary>
    public string NotPublished(BuildRecord build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return build.Outcome switch
        {
            BuildOutcome.Cancelled => text.Manage.HistoryCancelled,
            BuildOutcome.Interrupted => text.Manage.HistoryInterrupted,
            _ => text.Manage.HistoryFailed,
        };
    }

    /// <summary>The builds' counts, each with its plural.</summary>
    public string Counts(BuildRecord build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var m = text.Manage;
        return string.Join(", ",
            Plural.Format(build.Statements, m.StatementsOneFormat, m.StatementsCountFormat),
            Plural.Format(build.Files, m.FilesOneFormat, m.FilesManyFormat),
            Plural.Format(build.Failures.Count, m.FailuresOneFormat, m.FailuresManyFormat));
    }

    private async Task<IActionResult> StartAsync(bool full, CancellationToken cancellationToken)
    {
        var user = User.Identity?.Name ?? "-";
        var outcome = builds.TryStart(full, user);
        var action = full ? AuditActions.Rebuild : AuditActions.Reindex;
        await audit.RecordAsync(HttpContext, action, outcome == StartOutcome.Started ? AuditActions.Success : AuditActions.Failure,
            reason: outcome == StartOutcome.Started ? null : AuditReason.BuildAlreadyRunning, cancellationToken: cancellationToken);
        if (outcome == StartOutcome.AlreadyRunning && WantsJson())
        {
            return StatusCode(StatusCodes.Status409Conflict, new { status = 409, title = text.Manage.BuildAlreadyRunning });
        }
        if (WantsJson())
        {
            return StatusCode(StatusCodes.Status202Accepted, new { status = 202, progress = AdminApi.ProgressPath });
        }
        SetFlash(outcome == StartOutcome.Started ? (full ? text.Manage.RebuildStarted : text.Manage.UpdateStarted) : text.Manage.BuildAlreadyRunning,
            error: outcome != StartOutcome.Started);
        return RedirectToPage();
    }

    private bool WantsJson() => Request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    private void SetFlash(string message, bool error)
    {
        Flash = message;
        FlashIsError = error;
    }
}

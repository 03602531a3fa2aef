using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>Deleted (and replaced) statements, restorable to their old place unless that name is taken again.</summary>
public sealed class TrashModel(AuditLog audit, IOptions<StatementsOptions> options, TimeProvider time, IndexBuilds builds, UiText text) : PageModel
{
    public IReadOnlyList<TrashEntry> Entries { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public void OnGet() => Entries = Trash().List();

    public async Task<IActionResult> OnPostRestoreAsync(string? name, CancellationToken cancellationToken)
    {
        var outcome = Trash().Restore(name ?? "", out var restored);
        if (outcome != RestoreOutcome.Restored)
        {
            await audit.RecordAsync(HttpContext, AuditActions.Restore, AuditActions.Failure, name,
                reason: outcome == RestoreOutcome.NameTaken ? AuditReason.RestoreNameTaken : AuditReason.RestoreNotFound, cancellationToken: cancellationToken);
            Flash = outcome == RestoreOutcome.NameTaken ? text.Manage.RestoreNameTaken : text.Manage.TrashEntryNotFound;
            FlashIsError = true;
            return RedirectToPage();
        }
        var build = builds.StartOrQueue(full: false, User.Identity?.Name ?? "-");
        await audit.RecordAsync(HttpContext, AuditActions.Restore, AuditActions.Success, string.Join(", ", restored), cancellationToken: cancellationToken);
        Flash = UiText.Format(text.Manage.RestoredFormat, string.Join(", ", restored)) + " "
            + (build == StartOutcome.Started ? text.Manage.UpdateStarted : text.Manage.UpdateQueued);
        FlashIsError = false;
        return RedirectToPage();
    }

    private StatementTrash Trash() => new(options.Value.SourceDirectory, time);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>The e-mail alerts for staff (<c>/admin/alerts</c>): every subscription with its address, and deletion.</summary>
public sealed class AlertsModel(AlertSubscriptions subscriptions, AlertDigests digests, AlertMailer mailer, AuditLog audit) : PageModel
{
    public AlertText Text { get; } = AlertText.For(SiteCultures.Current);

    public bool MailEnabled => mailer.Enabled;

    public IReadOnlyList<(AlertSubscription Subscription, string Search, string SearchHref)> Entries { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public void OnGet() => Entries = subscriptions.All
        .Select(s => (s, digests.Describe(s), AlertSearch.Parse(s.Search)?.Href() ?? "/"))
        .ToList();

    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken)
    {
        var deleted = id is { Length: > 0 and <= 64 } && subscriptions.Delete(id);
        // The id only: the address is forgotten with the subscription, and the log keeps none.
        await audit.RecordAsync(HttpContext, AuditActions.AlertDelete, deleted ? AuditActions.Success : AuditActions.Failure,
            id is { Length: <= 64 } ? id : null, cancellationToken: cancellationToken);
        Flash = deleted ? Text.Deleted : Text.NotFound;
        FlashIsError = !deleted;
        return RedirectToPage();
    }
}

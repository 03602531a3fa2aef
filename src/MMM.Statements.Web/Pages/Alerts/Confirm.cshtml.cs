using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages.Alerts;

/// <summary>
/// The link of a confirmation mail (GET <c>/alerts/confirm?token=…</c>): the alert starts, and the token is spent. Digests
/// list only statements published after this moment.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class ConfirmModel(AlertSubscriptions subscriptions, StatementLedger ledger, AlertDigests digests) : PageModel
{
    public AlertText Text { get; } = AlertText.For(SiteCultures.Current);

    public bool Confirmed { get; private set; }

    public string SearchWords { get; private set; } = "";

    public string SearchHref { get; private set; } = "/";

    public void OnGet(string? token)
    {
        if (subscriptions.Confirm(token, ledger.Generation) is not { } subscription)
        {
            HttpContext.RespondWithOwnPage(StatusCodes.Status400BadRequest);
            return;
        }
        Confirmed = true;
        SearchWords = digests.Describe(subscription);
        SearchHref = AlertSearch.Parse(subscription.Search)?.Href() ?? "/";
    }
}

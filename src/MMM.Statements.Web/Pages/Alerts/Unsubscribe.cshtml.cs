using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages.Alerts;

/// <summary>
/// The unsubscribe link of every digest (<c>/alerts/unsubscribe?token=…</c>). GET asks, with a button; POST ends the
/// alert and forgets the address. The POST needs no form token: a mail program's one-click unsubscribe (RFC 8058)
/// posts <c>List-Unsubscribe=One-Click</c> to this URL, and the token in it is the only authority needed.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(AlertSubscriptions subscriptions, AlertDigests digests) : PageModel
{
    public AlertText Text { get; } = AlertText.For(SiteCultures.Current);

    /// <summary>The alert the token names, or null when it names none (forged, or ended already).</summary>
    public AlertSubscription? Subscription { get; private set; }

    public bool Done { get; private set; }

    public string SearchWords { get; private set; } = "";

    public void OnGet(string? token)
    {
        Subscription = subscriptions.ByUnsubscribeToken(token);
        if (Subscription is null)
        {
            Unknown();
            return;
        }
        SearchWords = digests.Describe(Subscription);
    }

    public void OnPost(string? token)
    {
        Subscription = subscriptions.ByUnsubscribeToken(token);
        if (Subscription is null)
        {
            Unknown();
            return;
        }
        SearchWords = digests.Describe(Subscription);
        subscriptions.Delete(Subscription.Id);
        Done = true;
    }

    private void Unknown()
    {
        HttpContext.RespondWithOwnPage(StatusCodes.Status404NotFound);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MimeKit;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages.Alerts;

/// <summary>
/// The sign-up form's target (POST <c>/alerts</c>: <c>address</c> and <c>search</c>, the search's query string). The
/// answer is the same page whether the address is new, pending, confirmed already or over its limits, so that it tells
/// nobody anything about an address; the confirmation mail goes out in the background.
/// </summary>
[EnableRateLimiting(RateLimits.AlertSignUp)]
public sealed class AlertSignUpModel(AlertSubscriptions subscriptions, AlertDigests digests, AlertMailer mailer, PublicOrigin origin, Taxonomy taxonomy)
    : PageModel
{
    /// <summary>Longest address accepted (RFC 5321's path limit).</summary>
    public const int MaxAddressLength = 254;

    public AlertText Text { get; } = AlertText.For(SiteCultures.Current);

    /// <summary>Why the sign-up was refused, or null when it was recorded.</summary>
    public string? Error { get; private set; }

    /// <summary>The followed search in words, and its page.</summary>
    public string SearchWords { get; private set; } = "";

    public string SearchHref { get; private set; } = "/";

    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? address, string? search)
    {
        if (!mailer.Enabled)
        {
            return NotFound();
        }
        var state = AlertSearch.Parse(search);
        if (state is not null)
        {
            SearchWords = AlertSearch.Describe(state, taxonomy, SiteCultures.Current);
            SearchHref = state.Href();
        }
        var mailbox = Address(address);
        if (state is null || mailbox is null)
        {
            Error = state is null ? Text.BadSearch : Text.BadAddress;
            HttpContext.RespondWithOwnPage(StatusCodes.Status400BadRequest);
            return Page();
        }
        var signUp = subscriptions.SignUp(mailbox, AlertSearch.Stored(state), SiteCultures.Current, origin.Absolute(HttpContext, ""));
        if (signUp is { Subscription: { } subscription, ConfirmationToken: { } token })
        {
            digests.QueueConfirmation(subscription, token);
        }
        return Page();
    }

    /// <summary>The address alone (no name, no list, no spaces), or null.</summary>
    internal static string? Address(string? text)
    {
        var value = (text ?? "").Trim();
        return value.Length is > 0 and <= MaxAddressLength
            && value.Count(c => c == '@') == 1
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"')
            && MailboxAddress.TryParse(value, out var parsed)
            && parsed.Address == value
            && value.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && at < value.Length - 1
                ? value
                : null;
    }
}

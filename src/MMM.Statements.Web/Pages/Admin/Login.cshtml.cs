using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>
/// The staff sign-in form: rate limited per address, throttled with growing delays per client and per name
/// (<see cref="SignInThrottle"/>), audited either way. An unknown name and a wrong password get the same answer.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(AdminSignIn signIn, SignInThrottle throttle, AuditLog audit, TimeProvider clock, UiText text) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var username = Username?.Trim() ?? "";
        if (username.Length == 0 || string.IsNullOrEmpty(Password))
        {
            Error = text.FieldRequired;
            return Page();
        }
        // The connection's address: X-Forwarded-For counts only when it came through a configured proxy.
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "-";
        var wait = throttle.Before(client, username);
        if (wait.Refused)
        {
            var seconds = (int)Math.Ceiling(wait.RetryAfter.TotalSeconds);
            await audit.RecordAsync(HttpContext, AuditActions.SignIn, AuditActions.Throttled, who: username, cancellationToken: cancellationToken);
            Error = UiText.Format(text.SignInThrottledFormat, seconds);
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        if (wait.Delay > TimeSpan.Zero)
        {
            await Task.Delay(wait.Delay, clock, cancellationToken);
        }
        var outcome = signIn.Check(username, Password);
        var succeeded = outcome is { Status: SignInStatus.Succeeded, Account: not null };
        if (succeeded)
        {
            throttle.Succeeded(client, username);
        }
        else
        {
            throttle.Failed(client, username);
        }
        await audit.RecordAsync(HttpContext, AuditActions.SignIn, succeeded ? AuditActions.Success : AuditActions.Failure, who: username, cancellationToken: cancellationToken);
        if (!succeeded)
        {
            Error = text.SignInFailed;
            Password = null;
            return Page();
        }
        var account = outcome.Account!;
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AdminPrincipal.Create(account));
        if (account.MustChangePassword)
        {
            return LocalRedirect("/admin/password");
        }
        // Only a local path: an absolute or protocol-relative returnUrl would make this an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>The staff sign-in form: rate limited per address, with account lockout, audited either way.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(AdminSignIn signIn, AuditLog audit, UiText text) : PageModel
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
        var outcome = signIn.Check(username, Password);
        var result = outcome.Status switch
        {
            SignInStatus.Succeeded => AuditActions.Success,
            SignInStatus.LockedOut => AuditActions.LockedOut,
            _ => AuditActions.Failure,
        };
        await audit.RecordAsync(HttpContext, AuditActions.SignIn, result, who: username, cancellationToken: cancellationToken);
        if (outcome is not { Status: SignInStatus.Succeeded, Account: { } account })
        {
            Error = outcome.Status == SignInStatus.LockedOut ? text.SignInLockedOut : text.SignInFailed;
            Password = null;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AdminPrincipal.Create(account));
        if (account.MustChangePassword)
        {
            return LocalRedirect("/admin/password");
        }
        // Only a local path: an absolute or protocol-relative returnUrl would make this an open redirect.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>Changes the signed-in account's password; other sessions of the account end, this one is renewed.</summary>
public sealed class PasswordModel(AdminSignIn signIn, AuditLog audit, UiText text, IOptions<StatementsOptions> options) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name ?? "";
        if (string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword) || string.IsNullOrEmpty(ConfirmPassword))
        {
            Error = text.FieldRequired;
            return Page();
        }
        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Error = text.PasswordMismatch;
            return Page();
        }
        var (status, account) = signIn.ChangePassword(name, CurrentPassword, NewPassword);
        if (status != PasswordChangeStatus.Changed || account is null)
        {
            var reason = status switch
            {
                PasswordChangeStatus.TooShort => AuditReason.PasswordTooShort,
                PasswordChangeStatus.Unchanged => AuditReason.PasswordUnchanged,
                _ => AuditReason.PasswordWrongCurrent,
            };
            await audit.RecordAsync(HttpContext, AuditActions.PasswordChange, AuditActions.Failure, reason: reason, cancellationToken: cancellationToken);
            Error = status switch
            {
                PasswordChangeStatus.TooShort => UiText.Format(text.PasswordTooShortFormat, AdminSignIn.MinPasswordLength),
                PasswordChangeStatus.Unchanged => text.PasswordUnchanged,
                _ => text.PasswordWrongCurrent,
            };
            return Page();
        }
        AdminBootstrap.ForgetInitialPassword(options.Value);
        await audit.RecordAsync(HttpContext, AuditActions.PasswordChange, AuditActions.Success, cancellationToken: cancellationToken);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AdminPrincipal.Create(account));
        Flash = text.PasswordChanged;
        return LocalRedirect("/admin");
    }
}

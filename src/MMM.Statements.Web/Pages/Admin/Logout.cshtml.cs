using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>
/// Sign-out is a POST (a GET only shows the confirmation). It rotates the account's security stamp, so any
/// copy of the cookie stops working too: signing out ends every session of the account.
/// </summary>
public sealed class LogoutModel(AdminSignIn signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.Name is { } name)
        {
            signIn.EndSessions(name);
        }
        await audit.RecordAsync(HttpContext, AuditActions.SignOut, AuditActions.Success, cancellationToken: cancellationToken);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}

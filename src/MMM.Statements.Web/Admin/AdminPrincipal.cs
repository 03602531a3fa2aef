using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MMM.Statements.Web.Admin;

/// <summary>The claims carried by the admin cookie.</summary>
public static class AdminPrincipal
{
    public const string StampClaim = "mmm:stamp";
    public const string MustChangePasswordClaim = "mmm:must-change-password";
    public const string StaffPolicy = "staff";

    public static ClaimsPrincipal Create(AdminAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        List<Claim> claims =
        [
            new(ClaimTypes.Name, account.Username),
            new(StampClaim, account.SecurityStamp),
        ];
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePasswordClaim, "true"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(MustChangePasswordClaim, "true");
}

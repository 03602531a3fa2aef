using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Security;

/// <summary>
/// Fails closed under <c>/admin</c>: whatever the endpoint's own attributes say, an anonymous request is
/// challenged unless the endpoint explicitly allows anonymous access (the sign-in page). It also keeps a
/// user who signed in with a one-time password on the password page until they choose a new one.
/// </summary>
internal sealed class AdminGuard(RequestDelegate next)
{
    public const string AdminPrefix = "/admin";
    private static readonly PathString PasswordPath = "/admin/password";
    private static readonly PathString LogoutPath = "/admin/logout";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }
        if (context.User.MustChangePassword()
            && !context.Request.Path.StartsWithSegments(PasswordPath, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments(LogoutPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(PasswordPath);
            return;
        }
        await next(context);
    }
}

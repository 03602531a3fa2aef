using Microsoft.AspNetCore.Diagnostics;

namespace MMM.Statements.Web.Hosting;

/// <summary>For a page that explains its own error in the page's language: the site's generic status page must not replace it.</summary>
internal static class OwnStatusPage
{
    /// <summary>Answers with <paramref name="status"/>, the page itself saying why.</summary>
    public static void RespondWithOwnPage(this HttpContext context, int status)
    {
        context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        context.Response.StatusCode = status;
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages;

/// <summary>What a plain HTTP request for an admin page or a form post gets outside Development (see <c>HttpsRequired</c>).</summary>
public sealed class HttpsRequiredModel(PublicOrigin origin) : PageModel
{
    /// <summary>The site's HTTPS address, when <c>Statements:PublicUrl</c> gives one.</summary>
    public string? SecureUrl { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        SecureUrl = origin.PublicUrl is { Scheme: "https" } url ? url.GetLeftPart(UriPartial.Path) : null;
    }
}

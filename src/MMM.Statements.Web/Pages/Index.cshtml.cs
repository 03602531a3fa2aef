using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages;

/// <summary>The home page, where the search page will be dropped in (GET <c>/?q=</c>).</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public void OnGet()
    {
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MMM.Statements.Web.Pages;

/// <summary>
/// The friendly error page for 4xx and 5xx, reached by re-execution (status code pages, exception handler).
/// It never shows exception details; a 5xx shows a reference that matches the server log.
/// </summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            // Reached directly: answer with the status the page describes rather than 200.
            Response.StatusCode = Code;
        }
        if (Code >= 500)
        {
            RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        }
    }
}

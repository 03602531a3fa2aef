using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MMM.Statements.Web.Hosting;

/// <summary>
/// A request naming a handler its page does not have (<c>?handler=x</c>, or a POST to a page that only answers GET)
/// gets 404. Left alone, Razor Pages renders such a page without running any of its handlers, with an empty model,
/// and the page fails with a server error.
/// </summary>
internal sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

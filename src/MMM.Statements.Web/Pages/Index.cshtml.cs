using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages;

/// <summary>The search page (GET <c>/?q=…&amp;session=…&amp;topic=…&amp;sort=…&amp;page=…</c>); the URL holds the whole state.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(StatementIndex index, UiText text, ILogger<IndexModel> logger) : PageModel
{
    public SearchState State { get; private set; } = new();

    public SearchResult? Result { get; private set; }

    /// <summary>Set when the URL could not be read; the page explains it instead of searching.</summary>
    public string? Error { get; private set; }

    /// <summary>When nothing matched with filters: how many statements the query finds without them.</summary>
    public int? TotalWithoutFilters { get; private set; }

    public IActionResult OnGet()
    {
        var (state, error) = SearchState.Parse(Request.Query);
        if (error != SearchStateError.None)
        {
            Error = StatementsApi.Message(text.Search, error);
            HttpContext.RespondWithOwnPage(StatusCodes.Status400BadRequest);
            return Page();
        }
        State = state;
        if (state.Unit == SearchUnit.Statement && state.Query.Length > 0 && !state.HasFilters && state.Page == 1 && index.ResolveSymbol(state.Query) is { } id)
        {
            return Redirect("/statements/" + Uri.EscapeDataString(id));
        }
        var started = Stopwatch.GetTimestamp();
        Result = index.Search(state.ToRequest(SiteCultures.Current), HttpContext.RequestAborted);
        if (Result.Total == 0 && state.HasFilters && state.Query.Length > 0)
        {
            TotalWithoutFilters = index.Search(state.WithoutFilters().ToRequest(SiteCultures.Current, snippets: false, facets: false) with { Size = 1 },
                HttpContext.RequestAborted).Total;
        }
        var result = Result;
        // Logged when the response is complete, so the time includes rendering the page (the 50 ms budget).
        Response.OnCompleted(() =>
        {
            logger.LogInformation("Search page {Query} page {Page}: {Total} hits, engine {EngineMs} ms, whole page {ServerMs:0.0} ms",
                state.Query, state.Page, result.Total, result.TookMs, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return Task.CompletedTask;
        });
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Timeline;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages.Topics;

/// <summary>The timeline of any search (<c>/timeline?q=…&amp;body=…</c>, the search page's "see how it evolved").</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class TimelineModel(StatementIndex index, Taxonomy taxonomy, UiText text) : TimelinePageModel(index, taxonomy)
{
    /// <summary>Set when the URL could not be read; the page explains it instead of counting.</summary>
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        var (state, error) = SearchState.Parse(Request.Query);
        if (error != SearchStateError.None)
        {
            Error = StatementsApi.Message(text.Search, error);
            Heading = text.Evolution.FilteredTitle;
            HttpContext.RespondWithOwnPage(StatusCodes.Status400BadRequest);
            return Page();
        }
        var canonical = TimelineLinks.Of(state);
        if (!canonical.StartsWith(TimelineLinks.SearchTimelinePath, StringComparison.Ordinal))
        {
            // A search that is one topic and nothing else has the topic's page.
            return Redirect(canonical + (Request.Query.ContainsKey(SiteCultures.QueryKey) ? "?" + SiteCultures.QueryKey + "=" + Uri.EscapeDataString(SiteCultures.Current) : ""));
        }
        Canonical = canonical;
        Heading = state.Query.Length > 0 ? UiText.Format(text.Evolution.SearchTitleFormat, state.Query) : text.Evolution.FilteredTitle;
        Load(state);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Compare;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages.Statements;

/// <summary>One statement: metadata, citation, files, full text (highlighted when coming from a search), related statements.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class StatementModel(StatementIndex index, Taxonomy taxonomy, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    public StatementDetails Details { get; private set; } = default!;

    public Citation Citation { get; private set; } = default!;

    public TextHighlighter Highlighter { get; private set; } = default!;

    public Taxonomy Taxonomy => taxonomy;

    public string Permalink { get; private set; } = "";

    /// <summary>The statement before this one on its first topic, in its language (see <see cref="CompareLinks.PreviousOnTopic"/>).</summary>
    public SearchHit? PreviousOnTopic { get; private set; }

    public IActionResult OnGet()
    {
        if (index.Get(Id, SiteCultures.Current) is not { } details)
        {
            return NotFound();
        }
        Details = details;
        if (Query is { Length: > SearchRequest.MaxQueryLength })
        {
            Query = null;
        }
        Permalink = StatementsFeeds.Absolute(HttpContext, details.Summary.Url);
        Citation = Citation.For(details.Summary, taxonomy, text.Search, SiteCultures.Current, Permalink);
        Highlighter = new TextHighlighter(index, Id, Query);
        PreviousOnTopic = CompareLinks.PreviousOnTopic(index, details.Summary, SiteCultures.Current, HttpContext.RequestAborted);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Timeline;

namespace MMM.Statements.Web.Pages.Topics;

/// <summary>What a topic's page and a search's timeline share: the counts, the chart and the newest statements.</summary>
public abstract class TimelinePageModel(StatementIndex index, Taxonomy taxonomy) : PageModel
{
    /// <summary>How many statements the page lists below the chart; the search has them all.</summary>
    public const int MaxItems = 200;

    public SearchTimeline Timeline { get; private set; } = default!;

    public TimelineChart Chart { get; private set; } = new();

    /// <summary>The newest statements of the search (at most <see cref="MaxItems"/>), each once.</summary>
    public IReadOnlyList<SearchHit> Items { get; private set; } = [];

    public Taxonomy Taxonomy => taxonomy;

    /// <summary>The page's heading.</summary>
    public string Heading { get; protected set; } = "";

    /// <summary>The page's one address, for <c>rel=canonical</c>.</summary>
    public string Canonical { get; protected set; } = "";

    /// <summary>The search page's address for the same statements.</summary>
    public string SearchHref => (new SearchState { Query = Timeline.State.Query, Filters = Timeline.State.Filters, Sort = SearchSort.Newest }).Href();

    protected void Load(SearchState state)
    {
        Timeline = SearchTimeline.Count(index, taxonomy, state, SiteCultures.Current, HttpContext.RequestAborted);
        Chart = TimelineChart.Of(Timeline, taxonomy);
        Items = index.AllHits(state.ToRequest(SiteCultures.Current, snippets: false, facets: false) with { Sort = SearchSort.Newest },
            MaxItems, HttpContext.RequestAborted).Take(MaxItems).ToList();
    }

    /// <summary>The listed statements by year, newest first; those without a year last (key null).</summary>
    public IEnumerable<IGrouping<int?, SearchHit>> ItemsByYear() =>
        Items.GroupBy(h => h.Year ?? h.Date?.Year).OrderBy(g => g.Key is null).ThenByDescending(g => g.Key);
}

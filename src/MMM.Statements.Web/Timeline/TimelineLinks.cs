using MMM.Statements.Search;
using MMM.Statements.Web.Api;

namespace MMM.Statements.Web.Timeline;

/// <summary>The addresses of the timelines, and of the searches a chart's bars and the table's counts open.</summary>
public static class TimelineLinks
{
    public const string SearchTimelinePath = "/timeline";

    /// <summary>A topic's page.</summary>
    public static string Topic(string topic) => "/topics/" + Uri.EscapeDataString(topic);

    /// <summary>
    /// The timeline of a search: a topic's page when the search is that topic and nothing else, otherwise
    /// <c>/timeline</c> with the search's words and filters (paging, size and sort mean nothing to a timeline).
    /// </summary>
    public static string Of(SearchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var filters = state.Filters.Where(f => f.Value.Count > 0).ToList();
        if (state.Query.Length == 0 && filters.Count == 1 && filters[0].Key == FacetNames.Topic && filters[0].Value.Count == 1)
        {
            return Topic(filters[0].Value[0]);
        }
        return (new SearchState { Query = state.Query, Filters = state.Filters }).Href(SearchTimelinePath);
    }

    /// <summary>The search of <paramref name="state"/> narrowed to one value of each facet given (replacing the facet's selection).</summary>
    public static string Search(SearchState state, params (string Facet, string Value)[] only)
    {
        ArgumentNullException.ThrowIfNull(state);
        var filters = state.Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var (facet, value) in only)
        {
            filters[facet] = [value];
        }
        return (new SearchState { Query = state.Query, Filters = filters, Sort = SearchSort.Newest }).Href();
    }
}

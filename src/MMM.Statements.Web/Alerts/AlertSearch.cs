using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Alerts;

/// <summary>The search a subscription follows: read from the form's query string, kept without paging or sort, said in words.</summary>
public static class AlertSearch
{
    /// <summary>The longest query string accepted (the query itself is limited to <see cref="SearchRequest.MaxQueryLength"/>).</summary>
    public const int MaxLength = 4096;

    /// <summary>The search of <paramref name="queryString"/> (<c>q=…&amp;topic=…</c>, with or without '?'), or null when it is not one the site would run.</summary>
    public static SearchState? Parse(string? queryString)
    {
        if (queryString is null || queryString.Length > MaxLength)
        {
            return null;
        }
        var (state, error) = SearchState.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));
        return error == SearchStateError.None ? Canonical(state) : null;
    }

    /// <summary>The state as a subscription keeps it: what is searched, not how the page showed it.</summary>
    public static SearchState Canonical(SearchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { Page = 1, Size = SearchState.DefaultSize, Sort = SearchSort.Relevance, Unit = SearchUnit.Statement };
    }

    /// <summary>The stored form: the query string without '?'.</summary>
    public static string Stored(SearchState state) => Canonical(state).Href("").TrimStart('?');

    /// <summary>The search in words, in <paramref name="language"/>: its query, then each filter by its label.</summary>
    public static string Describe(SearchState state, Taxonomy taxonomy, string language)
    {
        ArgumentNullException.ThrowIfNull(state);
        var text = UiText.For(new System.Globalization.CultureInfo(language)).Search;
        var parts = new[] { state.Query }
            .Concat(state.Filters.SelectMany(f => f.Value.Select(v => SiteLabels.Of(taxonomy, text, f.Key, v, language))))
            .Where(v => v.Length > 0)
            .ToList();
        return parts.Count == 0 ? AlertText.For(language).AllStatements : string.Join(" · ", parts);
    }
}

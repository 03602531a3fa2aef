using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using MMM.Statements.Search;
using MMM.Statements.Text;

namespace MMM.Statements.Web.Api;

/// <summary>Why a search URL was refused (each has a message in every UI language).</summary>
public enum SearchStateError
{
    None,
    UnknownSort,
    QueryTooLong,
    BadFacetValue,
    BadNumber,
}

/// <summary>
/// The whole state of a search as the URL holds it (<c>?q=…&amp;sort=…&amp;page=…&amp;session=CSocD64&amp;topic=digital</c>),
/// so that every link the search page draws is a shareable URL built from this one record.
/// </summary>
public sealed partial record SearchState
{
    public const int DefaultSize = 10;

    public string Query { get; init; } = "";
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = DefaultSize;
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Statements, or the asks statements make (<c>unit=ask</c>).</summary>
    public SearchUnit Unit { get; init; } = SearchUnit.Statement;

    /// <summary>The query-string key of <see cref="Unit"/>, and its one value other than the default.</summary>
    public const string UnitKey = "unit";
    public const string AskUnit = "ask";

    public bool HasFilters => Filters.Any(f => f.Value.Count > 0);

    /// <summary>Reads and validates the query string; page and size are clamped, anything unreadable is an error.</summary>
    public static (SearchState State, SearchStateError Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Control and bidi characters are removed, not echoed (U+202E would reverse the page around the query), and
        // without a space in their place, so that "soi\u202Ens" is still the word "soins".
        var q = UnsafeCharacters.CleanLine(query["q"].FirstOrDefault() ?? "").Trim();
        if (q.Length > SearchRequest.MaxQueryLength)
        {
            return (new SearchState(), SearchStateError.QueryTooLong);
        }
        var sort = (query["sort"].FirstOrDefault() ?? "") switch
        {
            "" or "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => (SearchSort?)null,
        };
        if (sort is null)
        {
            return (new SearchState(), SearchStateError.UnknownSort);
        }
        if (!TryNumber(query["page"].FirstOrDefault(), 1, out var page) || !TryNumber(query["size"].FirstOrDefault(), DefaultSize, out var size))
        {
            return (new SearchState(), SearchStateError.BadNumber);
        }
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in FacetNames.All)
        {
            var values = query[facet].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0)
            {
                continue;
            }
            if (values.Count > 20 || values.Any(v => !FacetValueFormat().IsMatch(v)))
            {
                return (new SearchState(), SearchStateError.BadFacetValue);
            }
            filters[facet] = values;
        }
        return (new SearchState
        {
            Query = q,
            Sort = sort.Value,
            Page = Math.Clamp(page, 1, SearchRequest.MaxPage),
            Size = Math.Clamp(size, 1, SearchRequest.MaxSize),
            Filters = filters,
            // Only "ask" searches asks; anything else is the ordinary search of statements, never an error.
            Unit = query[UnitKey].FirstOrDefault() == AskUnit ? SearchUnit.Ask : SearchUnit.Statement,
        }, SearchStateError.None);
    }

    public SearchRequest ToRequest(string uiLanguage, bool snippets = true, bool facets = true) => new()
    {
        Query = Query,
        Sort = Sort,
        Page = Page,
        Size = Size,
        Filters = Filters,
        UiLanguage = uiLanguage,
        Snippets = snippets,
        Facets = facets,
        Unit = Unit,
    };

    public bool IsSelected(string facet, string value) => Filters.TryGetValue(facet, out var values) && values.Contains(value);

    /// <summary>The state with one facet value added (or removed if it was selected), back on page 1.</summary>
    public SearchState Toggle(string facet, string value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var current = filters.TryGetValue(facet, out var values) ? values : [];
        var next = current.Contains(value) ? current.Where(v => v != value).ToList() : current.Append(value).ToList();
        if (next.Count == 0)
        {
            filters.Remove(facet);
        }
        else
        {
            filters[facet] = next;
        }
        return this with { Filters = filters, Page = 1 };
    }

    public SearchState With(int page) => this with { Page = page };

    public SearchState WithoutFilters() => this with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Page = 1 };

    /// <summary>The URL of this state on <paramref name="path"/>, with defaults left out so links stay short.</summary>
    public string Href(string path = "/")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Query.Length > 0)
        {
            pairs.Add(new("q", Query));
        }
        foreach (var facet in FacetNames.All)
        {
            if (Filters.TryGetValue(facet, out var values))
            {
                pairs.AddRange(values.Select(v => new KeyValuePair<string, string?>(facet, v)));
            }
        }
        if (Unit == SearchUnit.Ask)
        {
            pairs.Add(new(UnitKey, AskUnit));
        }
        if (Sort != SearchSort.Relevance)
        {
            pairs.Add(new("sort", SortName(Sort)));
        }
        if (Size != DefaultSize)
        {
            pairs.Add(new("size", Size.ToString(CultureInfo.InvariantCulture)));
        }
        if (Page > 1)
        {
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }
        return QueryHelpers.AddQueryString(path, pairs);
    }

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };

    private static bool TryNumber(string? text, int fallback, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }
        // Huge numbers are clamped later, not refused: a hand-edited page=99999 still shows something.
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            value = (int)Math.Min(number, int.MaxValue);
            return true;
        }
        value = 0;
        return false;
    }

    // Facet values are ids, session codes, years and language codes: letters, digits and a few separators.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} ._/\-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex FacetValueFormat();
}

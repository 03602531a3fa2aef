using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Timeline;

/// <summary>How many statements of one UN body a search finds in one year.</summary>
public sealed record TimelineCell(string Body, int Year, int Count);

/// <summary>
/// A search's statements counted per year and per body, as the search page counts them: each statement once,
/// whatever its language versions. <see cref="Total"/> is the search page's total for the same URL.
/// </summary>
public sealed record SearchTimeline
{
    public required SearchState State { get; init; }
    public int Total { get; init; }

    /// <summary>Every year from the first to the last with a statement, gaps included, oldest first.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>The bodies with a statement, in the taxonomy's order (the tagger's <c>other</c> last).</summary>
    public IReadOnlyList<string> Bodies { get; init; } = [];
    public IReadOnlyList<TimelineCell> Cells { get; init; } = [];

    /// <summary>Statements of the search that have no year (they have no place on the chart's axis).</summary>
    public int Undated { get; init; }

    public int Count(string body, int year) => Cells.FirstOrDefault(c => c.Body == body && c.Year == year)?.Count ?? 0;

    public int YearTotal(int year) => Cells.Where(c => c.Year == year).Sum(c => c.Count);

    public int BodyTotal(string body) => Cells.Where(c => c.Body == body).Sum(c => c.Count);

    /// <summary>
    /// Counts by the engine's facets rather than by reading every hit: one search gives the year and body counts
    /// (drill sideways keeps a facet's own selection out of its counts, so only its selected values are kept), then one
    /// search per body, with that body selected, gives its years. A search over the whole index costs as many searches
    /// as there are bodies, never a pass over every statement.
    /// </summary>
    public static SearchTimeline Count(StatementIndex index, Taxonomy taxonomy, SearchState state, string uiLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(state);
        var request = state.ToRequest(uiLanguage, snippets: false, facets: true) with { Page = 1, Size = 1, Sort = SearchSort.Newest };
        var all = index.Search(request, cancellationToken);
        var bodies = Values(all, state, FacetNames.Body)
            .OrderBy(b => Order(taxonomy, b.Value))
            .ThenBy(b => b.Value, StringComparer.Ordinal)
            .Select(b => b.Value)
            .ToList();
        var cells = new List<TimelineCell>();
        foreach (var body in bodies)
        {
            var filters = state.Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            filters[FacetNames.Body] = [body];
            var one = bodies.Count == 1 ? all : index.Search(request with { Filters = filters }, cancellationToken);
            foreach (var year in Values(one, state, FacetNames.Year))
            {
                if (int.TryParse(year.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
                {
                    cells.Add(new TimelineCell(body, y, year.Count));
                }
            }
        }
        var dated = cells.Select(c => c.Year).ToList();
        var years = dated.Count == 0 ? [] : Enumerable.Range(dated.Min(), dated.Max() - dated.Min() + 1).ToList();
        return new SearchTimeline
        {
            State = state,
            Total = all.Total,
            Years = years,
            Bodies = bodies.Where(b => cells.Any(c => c.Body == b)).ToList(),
            Cells = cells,
            Undated = Math.Max(0, all.Total - cells.Sum(c => c.Count)),
        };
    }

    /// <summary>A facet's values with statements; when the search selects some of them, only those.</summary>
    private static IEnumerable<FacetValue> Values(SearchResult result, SearchState state, string facet)
    {
        var values = (result.Facets.GetValueOrDefault(facet) ?? []).Where(v => v.Count > 0);
        return state.Filters.TryGetValue(facet, out var selected) && selected.Count > 0 ? values.Where(v => v.Selected) : values;
    }

    /// <summary>A body's place in the taxonomy; a body the taxonomy does not know comes after those it knows, <c>other</c> last.</summary>
    private static int Order(Taxonomy taxonomy, string body)
    {
        if (body == SiteLabels.OtherBody)
        {
            return int.MaxValue;
        }
        for (var i = 0; i < taxonomy.Bodies.Count; i++)
        {
            if (taxonomy.Bodies[i].Id == body)
            {
                return i;
            }
        }
        return int.MaxValue - 1;
    }
}

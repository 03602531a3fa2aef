using Lucene.Net.Facet;
using Lucene.Net.Search;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Facets;

/// <summary>
/// Facet counts by Lucene's <see cref="DrillSideways"/> (values of one facet combine with OR, facets with AND, each
/// facet's counts ignore its own selection), counted so that the language versions of one statement count once, as the
/// result list shows them: what Lucene's own counts cannot do, since they count documents.
/// </summary>
internal sealed class VersionFacets : DrillSideways
{
    private readonly StatementSearcher _searcher;

    public VersionFacets(StatementSearcher searcher) : base(searcher, StatementFields.Facets, searcher.FacetState)
    {
        _searcher = searcher;
    }

    /// <summary>Per facet ordinal (<see cref="FacetLabels"/>), the number of entries of the list that have it.</summary>
    public int[] Counts { get; private set; } = [];

    protected override Lucene.Net.Facet.Facets BuildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, string[] drillSidewaysDims)
    {
        Counts = Count(_searcher, drillDowns, drillSideways, drillSidewaysDims);
        return new NoLuceneCounts();
    }

    public static int[] Count(StatementSearcher searcher, FacetsCollector drillDowns, FacetsCollector[]? drillSideways, string[]? drillSidewaysDims)
    {
        var labels = searcher.Labels;
        var counts = new int[labels.Count];
        if (searcher.FacetState is null)
        {
            return counts;
        }
        var sideways = new HashSet<string>(drillSidewaysDims ?? [], StringComparer.Ordinal);
        CountInto(searcher, labels, drillDowns, counts, dim => !sideways.Contains(dim));
        for (var i = 0; drillSideways is not null && i < drillSideways.Length; i++)
        {
            var dim = drillSidewaysDims![i];
            CountInto(searcher, labels, drillSideways[i], counts, d => d == dim);
        }
        return counts;
    }

    private static void CountInto(StatementSearcher searcher, FacetLabels labels, FacetsCollector collector, int[] counts, Func<string, bool> counted)
    {
        var countedOrd = new bool[labels.Count];
        for (var ord = 0; ord < labels.Count; ord++)
        {
            countedOrd[ord] = counted(labels.FacetOf[ord]);
        }
        var field = searcher.FacetState!.Field;
        var seen = new HashSet<(long Group, int Ord)>();
        foreach (var matching in collector.GetMatchingDocs())
        {
            var groups = Querying.SegmentValues.Of(matching.Context).Groups;
            var segment = SegmentOrdinals.Of(matching.Context.AtomicReader, field);
            var global = searcher.GlobalOrdinals[matching.Context.Ord];
            var docs = matching.Bits.GetIterator();
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var group = groups[doc];
                for (var k = segment.Start[doc]; k < segment.Start[doc + 1]; k++)
                {
                    var ord = global[segment.Ordinals[k]];
                    if (countedOrd[ord] && (group == 0 || seen.Add((group, ord))))
                    {
                        counts[ord]++;
                    }
                }
            }
        }
    }

    /// <summary>Counts of the whole index (the stats page, the CLI's <c>stats</c>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> CountAll(StatementSearcher searcher, StatementIndexOptions options, string uiLanguage)
    {
        var collector = new FacetsCollector();
        searcher.Search(new MatchAllDocsQuery(), collector);
        return Values(searcher, Count(searcher, collector, null, null), new Dictionary<string, IReadOnlyList<string>>(), options, uiLanguage);
    }

    /// <summary>Each facet's values with a count (or selected), labelled in the page's language, in the order the site shows them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Values(StatementSearcher searcher, int[] counts,
        IReadOnlyDictionary<string, IReadOnlyList<string>> selected, StatementIndexOptions options, string uiLanguage)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var name in FacetNames.All)
        {
            var chosen = selected.GetValueOrDefault(name) ?? [];
            var values = new List<FacetValue>();
            foreach (var ord in searcher.Labels.OrdinalsOf.GetValueOrDefault(name) ?? [])
            {
                var value = searcher.Labels.ValueOf[ord];
                var isSelected = chosen.Contains(value, StringComparer.Ordinal);
                if (counts[ord] == 0 && !isSelected)
                {
                    continue;
                }
                values.Add(new FacetValue(value, options.Taxonomy.Label(name, value, uiLanguage), counts[ord], isSelected));
            }
            result[name] = Order(name, values);
        }
        return result;
    }

    private static List<FacetValue> Order(string facet, List<FacetValue> values) => facet switch
    {
        FacetNames.Year => values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList(),
        FacetNames.Session => values
            .OrderBy(v => SessionOrder(v.Value).Body, StringComparer.Ordinal)
            .ThenByDescending(v => SessionOrder(v.Value).Number)
            .ToList(),
        _ => values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList(),
    };

    private static (string Body, int Number) SessionOrder(string value) =>
        Model.UnSession.TryParse(value, out var s) ? (s.Value.Body, s.Value.Number) : (value, 0);

    /// <summary>What <see cref="DrillSideways"/> returns; the counts are read from <see cref="Counts"/> instead.</summary>
    private sealed class NoLuceneCounts : Lucene.Net.Facet.Facets
    {
        public override FacetResult? GetTopChildren(int topN, string dim, params string[] path) => null;

        public override float GetSpecificValue(string dim, params string[] path) => -1;

        public override IList<FacetResult> GetAllDims(int topN) => [];
    }
}

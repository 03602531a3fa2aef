using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Facets;

/// <summary>
/// Applies facet filters (OR within a facet, AND across facets) and counts every facet's values, drill-sideways:
/// a document that fails only facet F's selection still counts toward F's values, so each facet's counts ignore
/// its own selection.
/// </summary>
/// <remarks>
/// Two passes: one over the matches decides, per match, whether it passes every filter or fails exactly one (and
/// which); then each facet is counted on its own, column by column, so one column's arrays stay in cache while its
/// counts are made. Without filters the matches are returned as they are, with no copy.
/// </remarks>
internal static class FacetCounter
{
    public sealed record Outcome(DocSet Filtered, IReadOnlyDictionary<string, int[]> Counts);

    private const int Passes = -1;
    private const int FailsSeveral = -2;

    /// <param name="selections">Per filtered facet, which ordinals are selected.</param>
    public static Outcome Apply(IndexGeneration generation, DocSet matches, IReadOnlyDictionary<string, bool[]> selections, bool count)
    {
        if (selections.Count == 0 && !count)
        {
            return new Outcome(matches, new Dictionary<string, int[]>());
        }
        var columns = generation.Facets.Values.ToArray();
        var filtered = matches;
        int[]? status = null;
        if (selections.Count > 0)
        {
            (filtered, status) = Filter(columns, matches, selections);
        }
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (count)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                counts[columns[c].Name] = Count(columns[c], c, matches.Docs, status);
            }
        }
        return new Outcome(filtered, counts);
    }

    /// <summary>The matches that pass every filter, and per match <see cref="Passes"/>, the one column it fails, or <see cref="FailsSeveral"/>.</summary>
    private static (DocSet Filtered, int[] Status) Filter(FacetColumn[] columns, DocSet matches, IReadOnlyDictionary<string, bool[]> selections)
    {
        var filters = new List<(int Column, bool[] Selected)>(selections.Count);
        for (var c = 0; c < columns.Length; c++)
        {
            if (selections.TryGetValue(columns[c].Name, out var selected))
            {
                filters.Add((c, selected));
            }
        }
        var status = new int[matches.Count];
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var doc = matches.Docs[i];
            var state = Passes;
            foreach (var (c, selected) in filters)
            {
                if (!columns[c].Matches(doc, selected))
                {
                    if (state != Passes)
                    {
                        state = FailsSeveral;
                        break;
                    }
                    state = c;
                }
            }
            status[i] = state;
            if (state == Passes)
            {
                kept++;
            }
        }
        var docs = new int[kept];
        var scores = new float[kept];
        for (int i = 0, k = 0; i < matches.Count; i++)
        {
            if (status[i] == Passes)
            {
                docs[k] = matches.Docs[i];
                scores[k++] = matches.Scores[i];
            }
        }
        return (new DocSet(docs, scores), status);
    }

    /// <summary>One facet's counts over <paramref name="docs"/>, with no filter.</summary>
    public static int[] Count(FacetColumn column, ReadOnlySpan<int> docs) => Count(column, 0, docs, null);

    /// <summary>One facet's counts over the matches that pass every filter or fail only this facet's.</summary>
    private static int[] Count(FacetColumn column, int index, ReadOnlySpan<int> docs, int[]? status)
    {
        var counts = new int[column.Values.Length];
        if (column.SingleOrds is { } single)
        {
            for (var i = 0; i < docs.Length; i++)
            {
                if (status is not null && status[i] != Passes && status[i] != index)
                {
                    continue;
                }
                var ord = single[docs[i]];
                if (ord >= 0)
                {
                    counts[ord]++;
                }
            }
            return counts;
        }
        var offsets = column.Offsets;
        var ords = column.Ords;
        for (var i = 0; i < docs.Length; i++)
        {
            if (status is not null && status[i] != Passes && status[i] != index)
            {
                continue;
            }
            var doc = docs[i];
            for (int k = offsets[doc], end = offsets[doc + 1]; k < end; k++)
            {
                counts[ords[k]]++;
            }
        }
        return counts;
    }
}

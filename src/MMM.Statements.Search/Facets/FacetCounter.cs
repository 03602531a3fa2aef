using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Facets;

/// <summary>
/// Applies facet filters (OR within a facet, AND across facets) and counts every facet's values in one pass,
/// drill-sideways: a document that fails only facet F's selection still counts toward F's values, so each
/// facet's counts ignore its own selection.
/// </summary>
internal static class FacetCounter
{
    public sealed record Outcome(DocSet Filtered, IReadOnlyDictionary<string, int[]> Counts);

    /// <param name="selections">Per filtered facet, which ordinals are selected.</param>
    public static Outcome Apply(IndexGeneration generation, DocSet matches, IReadOnlyDictionary<string, bool[]> selections, bool count)
    {
        if (selections.Count == 0 && !count)
        {
            return new Outcome(matches, new Dictionary<string, int[]>());
        }
        var columns = generation.Facets;
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (count)
        {
            foreach (var (name, column) in columns)
            {
                counts[name] = new int[column.Values.Length];
            }
        }
        var filtered = selections.Select(s => (Column: columns[s.Key], Selected: s.Value)).ToArray();
        var docs = new List<int>(matches.Count);
        var scores = new List<float>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var doc = matches.Docs[i];
            FacetColumn? failedOnly = null;
            var failures = 0;
            foreach (var (column, selected) in filtered)
            {
                if (!column.Matches(doc, selected))
                {
                    failures++;
                    failedOnly = column;
                    if (failures > 1)
                    {
                        break;
                    }
                }
            }
            if (failures == 0)
            {
                docs.Add(doc);
                scores.Add(matches.Scores[i]);
                if (count)
                {
                    foreach (var (name, column) in columns)
                    {
                        var target = counts[name];
                        foreach (var ord in column.OrdsOf(doc))
                        {
                            target[ord]++;
                        }
                    }
                }
            }
            else if (failures == 1 && count)
            {
                var target = counts[failedOnly!.Name];
                foreach (var ord in failedOnly.OrdsOf(doc))
                {
                    target[ord]++;
                }
            }
        }
        return new Outcome(new DocSet(docs.ToArray(), scores.ToArray()), counts);
    }
}

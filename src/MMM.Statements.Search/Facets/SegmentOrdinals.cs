using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace MMM.Statements.Search.Facets;

/// <summary>
/// A segment's facet ordinals as plain arrays (each document's range in one array of segment ordinals), read once per
/// segment and kept while it lives. Counting reads them for every match; Lucene.Net's top-level sorted-set doc values
/// locate the segment and decode the ordinals again on every document (measured: most of the facets' cost at 10k).
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Cache = new();

    private SegmentOrdinals(AtomicReader reader, string field)
    {
        Start = new int[reader.MaxDoc + 1];
        var values = reader.GetSortedSetDocValues(field);
        var ords = new List<int>(reader.MaxDoc * 4);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (values is not null)
            {
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add((int)ord);
                }
            }
            Start[doc + 1] = ords.Count;
        }
        Ordinals = [.. ords];
        ValueCount = values?.ValueCount ?? 0;
    }

    /// <summary>Document d's ordinals are <c>Ordinals[Start[d]..Start[d + 1]]</c>.</summary>
    public int[] Start { get; }

    /// <summary>Segment ordinals (see <see cref="StatementSearcher.GlobalOrdinals"/> for the commit's).</summary>
    public int[] Ordinals { get; }

    public long ValueCount { get; }

    public static SegmentOrdinals Of(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentOrdinals(reader, field));
}

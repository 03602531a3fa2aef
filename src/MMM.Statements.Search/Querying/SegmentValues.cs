using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A segment's version groups and days as plain arrays, read once per segment and kept while the segment lives:
/// every collector reads both for every match, and Lucene.Net's doc values over a memory-mapped file cost several
/// virtual calls per read (measured: 10% of a top-10 search at 10k statements).
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(AtomicReader reader)
    {
        Groups = new long[reader.MaxDoc];
        Days = new int[reader.MaxDoc];
        var groups = reader.GetNumericDocValues(StatementFields.GroupKey);
        var days = reader.GetNumericDocValues(StatementFields.Day);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            Groups[doc] = groups?.Get(doc) ?? 0;
            Days[doc] = (int)(days?.Get(doc) ?? -1);
        }
    }

    /// <summary>Each document's version group (0: none).</summary>
    public long[] Groups { get; }

    /// <summary>Each document's day number (−1: undated).</summary>
    public int[] Days { get; }

    /// <summary>The arrays of <paramref name="context"/>'s segment, shared by every search of every commit that holds it.</summary>
    public static SegmentValues Of(AtomicReaderContext context) =>
        Cache.GetValue(context.AtomicReader.CoreCacheKey, _ => new SegmentValues(context.AtomicReader));
}

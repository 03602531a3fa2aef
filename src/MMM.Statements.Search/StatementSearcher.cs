using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search;

/// <summary>
/// The searcher of one commit, with what every search of that commit shares and would otherwise rebuild: the facets'
/// ordinal state, each ordinal's facet and value, the languages present, the commit's build facts.
/// </summary>
internal sealed class StatementSearcher : IndexSearcher
{
    public static readonly Similarity Ranking = new BM25Similarity();

    public StatementSearcher(IndexReader reader) : base(reader)
    {
        Similarity = Ranking;
        var commit = ((DirectoryReader)reader).IndexCommit;
        (Info, Failures) = BuildInfo.Read(commit.SegmentsFileName, commit.UserData);
        Languages = TermsOf(reader, StatementFields.Language);
        FacetState = reader.NumDocs > 0 && MultiFields.GetFields(reader)?.GetTerms(Lucene.Net.Facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) is not null
            ? new DefaultSortedSetDocValuesReaderState(reader)
            : null;
        Labels = FacetLabels.Of(FacetState);
        _globalOrdinals = new Lazy<int[][]>(MapOrdinals);
    }

    private readonly Lazy<int[][]> _globalOrdinals;

    /// <summary>For each segment (by its ordinal among the leaves), its facet ordinals' global ordinals in this commit.</summary>
    public int[][] GlobalOrdinals => _globalOrdinals.Value;

    private int[][] MapOrdinals()
    {
        var leaves = IndexReader.Leaves;
        var map = new int[leaves.Count][];
        if (FacetState is not { } state)
        {
            return [.. leaves.Select(_ => Array.Empty<int>())];
        }
        var mapping = (state.GetDocValues() as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var segment = Facets.SegmentOrdinals.Of(leaves[leaf].AtomicReader, state.Field);
            map[leaf] = new int[segment.ValueCount];
            for (var ord = 0; ord < segment.ValueCount; ord++)
            {
                map[leaf][ord] = mapping is null ? ord : (int)mapping.GetGlobalOrd(leaf, ord);
            }
        }
        return map;
    }

    public BuildInfo Info { get; }
    public IReadOnlyList<IndexFailure> Failures { get; }
    public IReadOnlyList<string> Languages { get; }
    public SortedSetDocValuesReaderState? FacetState { get; }
    public FacetLabels Labels { get; }

    /// <summary>Every term of an exact field (a few dozen at most: languages, sessions).</summary>
    public static IReadOnlyList<string> TermsOf(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        var values = new List<string>();
        if (terms is null)
        {
            return values;
        }
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            values.Add(e.Term.Utf8ToString());
        }
        return values;
    }

    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new StatementSearcher(reader);
    }
}

/// <summary>For each facet ordinal of a commit, its facet and its value.</summary>
internal sealed class FacetLabels
{
    private FacetLabels(string[] facets, string[] values, Dictionary<string, int[]> ordinals)
    {
        FacetOf = facets;
        ValueOf = values;
        OrdinalsOf = ordinals;
    }

    public string[] FacetOf { get; }
    public string[] ValueOf { get; }

    /// <summary>The ordinals of each facet's values, in the index's (sorted) order.</summary>
    public IReadOnlyDictionary<string, int[]> OrdinalsOf { get; }

    public int Count => ValueOf.Length;

    public int? Ordinal(string facet, string value)
    {
        if (!OrdinalsOf.TryGetValue(facet, out var ords))
        {
            return null;
        }
        foreach (var ord in ords)
        {
            if (ValueOf[ord] == value)
            {
                return ord;
            }
        }
        return null;
    }

    public static FacetLabels Of(SortedSetDocValuesReaderState? state)
    {
        if (state is null)
        {
            return new FacetLabels([], [], new Dictionary<string, int[]>(StringComparer.Ordinal));
        }
        var dv = state.GetDocValues();
        var count = (int)dv.ValueCount;
        var facets = new string[count];
        var values = new string[count];
        var ordinals = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            dv.LookupOrd(ord, scratch);
            var label = Lucene.Net.Facet.FacetsConfig.StringToPath(scratch.Utf8ToString());
            facets[ord] = label[0];
            values[ord] = label.Length > 1 ? label[1] : "";
            if (!ordinals.TryGetValue(label[0], out var list))
            {
                ordinals[label[0]] = list = [];
            }
            list.Add(ord);
        }
        return new FacetLabels(facets, values, ordinals.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}

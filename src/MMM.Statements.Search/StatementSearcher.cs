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
/// ordinal state, each ordinal's facet and value, the languages present, the commit's build facts. The commit holds
/// statements and their asks; every search through this searcher sees the statements only, and through
/// <see cref="Asks"/> the asks only (each kind sees the other's documents as deleted).
/// </summary>
internal sealed class StatementSearcher : IndexSearcher
{
    public static readonly Similarity Ranking = new BM25Similarity();

    /// <summary>Per leaf, the documents each kind accepts (live and of that kind); null: every live document.</summary>
    private readonly IBits?[] _accepted;

    private readonly Lazy<StatementSearcher> _asks;

    public StatementSearcher(IndexReader reader) : base(reader)
    {
        Similarity = Ranking;
        Unit = SearchUnit.Statement;
        var leaves = reader.Leaves;
        _accepted = new IBits?[leaves.Count];
        var askBits = new IBits?[leaves.Count];
        var statements = 0;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var segment = leaves[leaf].AtomicReader;
            var live = segment.LiveDocs;
            var asks = new FixedBitSet(segment.MaxDoc);
            var docs = segment.GetTermDocsEnum(new Term(StatementFields.Unit, StatementFields.AskUnit));
            int doc;
            while (docs is not null && (doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (live is null || live.Get(doc))
                {
                    asks.Set(doc);
                }
            }
            var askCount = asks.Cardinality;
            statements += segment.NumDocs - askCount;
            askBits[leaf] = asks;
            if (askCount > 0)
            {
                var own = new FixedBitSet(segment.MaxDoc);
                own.Set(0, segment.MaxDoc);
                own.AndNot(asks);
                for (var d = 0; live is not null && d < segment.MaxDoc; d++)
                {
                    if (!live.Get(d))
                    {
                        own.Clear(d);
                    }
                }
                _accepted[leaf] = own;
            }
            else
            {
                _accepted[leaf] = live;
            }
        }
        StatementCount = statements;
        _asks = new Lazy<StatementSearcher>(() => new StatementSearcher(this, askBits));
        var commit = ((DirectoryReader)reader).IndexCommit;
        (Info, Failures) = BuildInfo.Read(commit.SegmentsFileName, commit.UserData);
        Languages = TermsOf(reader, StatementFields.Language);
        FacetState = reader.NumDocs > 0 && MultiFields.GetFields(reader)?.GetTerms(Lucene.Net.Facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) is not null
            ? new DefaultSortedSetDocValuesReaderState(reader)
            : null;
        Labels = FacetLabels.Of(FacetState);
        _globalOrdinals = new Lazy<int[][]>(MapOrdinals);
    }

    /// <summary>The same commit seen as its asks: everything shared but the documents searches accept.</summary>
    private StatementSearcher(StatementSearcher statements, IBits?[] asks) : base(statements.IndexReader)
    {
        Similarity = Ranking;
        Unit = SearchUnit.Ask;
        _accepted = asks;
        _asks = new Lazy<StatementSearcher>(() => this);
        StatementCount = statements.StatementCount;
        Info = statements.Info;
        Failures = statements.Failures;
        Languages = statements.Languages;
        FacetState = statements.FacetState;
        Labels = statements.Labels;
        _globalOrdinals = statements._globalOrdinals;
    }

    /// <summary>What this searcher's searches see: statements, or (for <see cref="Asks"/>) asks.</summary>
    public SearchUnit Unit { get; }

    /// <summary>This commit's asks, searched with the same facets.</summary>
    public StatementSearcher Asks => _asks.Value;

    /// <summary>The statements of the commit (its live documents but the asks).</summary>
    public int StatementCount { get; }

    /// <summary>Whether a document (of the whole reader) is live and of this searcher's kind.</summary>
    public bool Accepts(int doc)
    {
        var leaves = IndexReader.Leaves;
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        var bits = _accepted[leaf];
        return bits is null || bits.Get(doc - leaves[leaf].DocBase);
    }

    /// <summary>Lucene's loop over the leaves, each leaf's documents of the other kind taken for deleted.</summary>
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        foreach (var context in leaves)
        {
            try
            {
                collector.SetNextReader(context);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }
            var scorer = weight.GetBulkScorer(context, !collector.AcceptsDocsOutOfOrder, _accepted[context.Ord]);
            if (scorer is null)
            {
                continue;
            }
            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it wants of this leaf.
            }
        }
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

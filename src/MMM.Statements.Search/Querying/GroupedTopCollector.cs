using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// The best hits to the end of the page, and how many entries the whole list has: language versions of one statement
/// (one version group) are one entry, the best-ranked version standing for it. Order: by score, then newest, then index
/// order (relevance); or by date for the date sorts, undated last. Stops the search past its deadline. Ungrouped, every
/// version is an entry of its own (exports, the admin list).
/// </summary>
internal sealed class GroupedTopCollector(int needed, SearchSort sort, bool grouped, long deadline, CancellationToken cancellationToken) : ICollector
{
    private readonly PriorityQueue<(int Doc, float Score), Key> _heap = new(Comparer<Key>.Create((a, b) => b.CompareTo(a)));
    private readonly Dictionary<long, (Key Key, int Doc, float Score)> _groups = [];
    private Scorer? _scorer;
    private int _base;
    private long[] _groupValues = [];
    private int[] _days = [];
    private int _lone;
    private int _matched;
    private int _sinceCheck;

    /// <summary>The entries of the whole list (call before <see cref="Top"/>).</summary>
    public int Total => _lone + _groups.Count;

    /// <summary>The language versions the entries stand for: every matching document.</summary>
    public int Versions => _matched;

    // In order: out of order, Lucene.Net scores a disjunction with BooleanScorer, whose table of 2,048 buckets is made
    // anew per segment and query (two thirds of what a search allocated; docs/benchmarks.md). The result is the same,
    // ties being broken by document number in the key.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        var values = SegmentValues.Of(context);
        _groupValues = values.Groups;
        _days = values.Days;
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck == 1024)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new SearchTimedOutException();
            }
        }
        _matched++;
        var score = _scorer!.GetScore();
        var global = _base + doc;
        long day = _days[doc];
        var key = sort switch
        {
            SearchSort.Newest => new Key(-day, -score, global),
            SearchSort.Oldest => new Key(day < 0 ? long.MaxValue : day, -score, global),
            _ => new Key(0, -score, global, -day),
        };
        var group = grouped ? _groupValues[doc] : 0;
        if (group != 0)
        {
            if (!_groups.TryGetValue(group, out var best) || key.CompareTo(best.Key) < 0)
            {
                _groups[group] = (key, global, score);
            }
            return;
        }
        _lone++;
        Offer(global, score, key);
    }

    private void Offer(int doc, float score, Key key)
    {
        if (_heap.Count < needed)
        {
            _heap.Enqueue((doc, score), key);
        }
        else if (_heap.TryPeek(out _, out var worst) && key.CompareTo(worst) < 0)
        {
            _heap.DequeueEnqueue((doc, score), key);
        }
    }

    /// <summary>The hits to the end of the page, best first.</summary>
    public List<(int Doc, float Score)> Top()
    {
        foreach (var (key, doc, score) in _groups.Values)
        {
            Offer(doc, score, key);
        }
        _groups.Clear();
        var top = new List<(int, float)>(_heap.Count);
        while (_heap.Count > 0)
        {
            top.Add(_heap.Dequeue());
        }
        top.Reverse();
        return top;
    }

    private readonly record struct Key(long First, float Second, long Third, long Fourth = 0) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = First.CompareTo(other.First);
            if (c != 0)
            {
                return c;
            }
            c = Second.CompareTo(other.Second);
            if (c != 0)
            {
                return c;
            }
            c = Fourth.CompareTo(other.Fourth);
            return c != 0 ? c : Third.CompareTo(other.Third);
        }
    }
}

/// <summary>A search ran past its time limit.</summary>
internal sealed class SearchTimedOutException : Exception;

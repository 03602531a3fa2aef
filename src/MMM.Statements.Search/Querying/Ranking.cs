using System.Numerics;
using System.Runtime.InteropServices;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A kept set (a term's scores, in one reading's languages) in rank order — by score, then newest, then statement
/// number, as a page of results is ordered — with its statements as a bitmap. Made once per set and generation, it
/// lets a search that shows only a page and a total (no facets, no filters, by relevance) stop once the page is
/// settled: the page comes from reading the words' forms best first, the total from combining their bitmaps, and no
/// list of every match is made or walked.
/// </summary>
internal sealed class Ranking
{
    private Ranking(int[] order, ulong[]? bits)
    {
        Order = order;
        Bits = bits;
        if (bits is not null)
        {
            Ranks = new int[bits.Length];
            for (int w = 0, before = 0; w < bits.Length; w++)
            {
                Ranks[w] = before;
                before += BitOperations.PopCount(bits[w]);
            }
        }
    }

    /// <summary>Indexes into the set, best first.</summary>
    public int[] Order { get; }

    /// <summary>The set's statements as a bitmap; null for a set small enough to walk instead.</summary>
    public ulong[]? Bits { get; }

    /// <summary>Beside <see cref="Bits"/>, how many statements come before each of its words: where a statement stands in the set, without a search.</summary>
    private int[]? Ranks { get; }

    /// <summary>Where <paramref name="doc"/> stands in <paramref name="set"/> (this ranking's), or -1.</summary>
    public int IndexOf(DocSet set, int doc)
    {
        if (Bits is not { } bits)
        {
            return Math.Max(-1, Array.BinarySearch(set.Docs, doc));
        }
        var word = bits[doc >> 6];
        var bit = 1UL << doc;
        return (word & bit) == 0 ? -1 : Ranks![doc >> 6] + BitOperations.PopCount(word & (bit - 1));
    }

    public static long CostOf(IndexGeneration generation, DocSet set) =>
        set.Count + (KeepsBits(generation, set) ? 3L * Words(generation) : 0);

    public static Ranking Make(IndexGeneration generation, DocSet set)
    {
        var keys = new RankKey[set.Count];
        var order = new int[set.Count];
        for (var i = 0; i < set.Count; i++)
        {
            keys[i] = KeyOf(generation, set, i);
            order[i] = i;
        }
        Array.Sort(keys, order);
        ulong[]? bits = null;
        if (KeepsBits(generation, set))
        {
            bits = new ulong[Words(generation)];
            Mark(set, bits);
        }
        return new Ranking(order, bits);
    }

    /// <summary>A match's place in a page by relevance: its score, then newest (undated last), then statement number.</summary>
    public static RankKey KeyOf(IndexGeneration generation, DocSet set, int i)
    {
        var doc = set.Docs[i];
        return new RankKey(0, -set.Scores[i], doc, -(generation.Fields.Dates[doc]?.DayNumber ?? -1));
    }

    /// <summary>
    /// The best <paramref name="needed"/> statements that <paramref name="readings"/> match — each group of language
    /// versions once, by its best version — in rank order with their scores, and how many version slots are covered by
    /// the matches and by <paramref name="below"/> (matches that count but rank below every one of the readings'). Null
    /// when a set has no ranking (it is not kept, or the budget is spent) or when the matches fill fewer than
    /// <paramref name="needed"/> places: the exhaustive path answers then.
    /// </summary>
    public static RankedPage? Top(IndexGeneration generation, IReadOnlyList<RankedReading> readings, DocSet? below, int needed, bool facets)
    {
        var lists = new List<(DocSet Set, Ranking Ranking, int Reading, int Clause)>();
        for (var r = 0; r < readings.Count; r++)
        {
            for (var c = 0; c < readings[r].Clauses.Count; c++)
            {
                foreach (var set in readings[r].Clauses[c])
                {
                    if (generation.RankingOf(set) is not { } ranking)
                    {
                        return null;
                    }
                    lists.Add((set, ranking, r, c));
                }
            }
        }
        var top = readings.All(r => r.Clauses.Count == 1) ? Merged(generation, lists, needed) : Summed(generation, readings, lists, needed);
        return top is null ? null : Matches(generation, readings, lists, below, facets) is var (total, counts) ? new RankedPage(top, total, counts) : null;
    }

    /// <summary>
    /// Each reading one clause (a word's forms): merging the forms in rank order, a statement's first appearance is at
    /// its best score and a group's first appearance is its best version, as the exhaustive path chooses them; later
    /// appearances are passed over.
    /// </summary>
    private static List<(int Doc, float Score)>? Merged(IndexGeneration generation, List<(DocSet Set, Ranking Ranking, int Reading, int Clause)> lists, int needed)
    {
        var heads = new PriorityQueue<int, RankKey>(lists.Count);
        var cursors = new int[lists.Count];
        for (var s = 0; s < lists.Count; s++)
        {
            if (lists[s].Set.Count > 0)
            {
                heads.Enqueue(s, KeyOf(generation, lists[s].Set, lists[s].Ranking.Order[0]));
            }
        }
        var placed = new HashSet<int>();
        var top = new List<(int Doc, float Score)>(needed);
        while (top.Count < needed && heads.TryDequeue(out var s, out _))
        {
            var (set, ranking, _, _) = lists[s];
            var i = ranking.Order[cursors[s]++];
            if (cursors[s] < set.Count)
            {
                heads.Enqueue(s, KeyOf(generation, set, ranking.Order[cursors[s]]));
            }
            if (placed.Add(generation.SlotOf(set.Docs[i])))
            {
                top.Add((set.Docs[i], set.Scores[i]));
            }
        }
        return top.Count < needed ? null : top;
    }

    /// <summary>
    /// Clauses that add up (an OR, or an AND that needs them all), by the threshold algorithm: the forms' lists are
    /// read best score first; each statement met is scored in full, by looking it up in every form of its reading; the
    /// walk stops once the page's last place scores above anything a statement not yet met could reach (the sum, per
    /// clause, of the best score its forms have not yet given).
    /// </summary>
    private static List<(int Doc, float Score)>? Summed(IndexGeneration generation, IReadOnlyList<RankedReading> readings,
        List<(DocSet Set, Ranking Ranking, int Reading, int Clause)> lists, int needed)
    {
        var heads = new PriorityQueue<int, float>(lists.Count);
        var cursors = new int[lists.Count];
        for (var s = 0; s < lists.Count; s++)
        {
            if (lists[s].Set.Count > 0)
            {
                heads.Enqueue(s, -lists[s].Set.Scores[lists[s].Ranking.Order[0]]);
            }
        }
        var words = Words(generation);
        if (_met is null || _met.Length < words)
        {
            _met = new ulong[words];
        }
        var met = _met;
        // The page so far, best first, and the slot of each of its statements: a better version of a statement in it
        // takes its place, and what ranks below the page's last place once the page is full is not kept.
        var page = new SortedSet<RankKey>();
        var placed = new Dictionary<int, RankKey>();
        try
        {
            var read = 0;
            // Meeting a statement costs about what eight entries of one pass over every match cost (measured at 100k);
            // below a thousand or so, either way is quick.
            var budget = needed + Math.Max(1024, lists.Sum(l => l.Set.Count) / 8);
            while (heads.TryDequeue(out var s, out _))
            {
                var (set, ranking, r, _) = lists[s];
                var doc = set.Docs[ranking.Order[cursors[s]++]];
                if (cursors[s] < set.Count)
                {
                    heads.Enqueue(s, -set.Scores[ranking.Order[cursors[s]]]);
                }
                ref var bits = ref met[doc >> 6];
                if ((bits & (1UL << doc)) == 0)
                {
                    bits |= 1UL << doc;
                    if (ScoreOf(readings[r], doc) is { } score)
                    {
                        Place(generation, new RankKey(0, -score, doc, -(generation.Fields.Dates[doc]?.DayNumber ?? -1)), page, placed, needed);
                    }
                }
                // Once the page is full, stop when its last place scores above anything not met yet could.
                if ((++read & 7) == 0 && page.Count == needed && -page.Max.Score > Bound(readings, lists, cursors))
                {
                    break;
                }
                if (read > budget)
                {
                    // Words of much the same weight, whose best statements hold them all only moderately: one pass over
                    // every match (the exhaustive path) costs less than meeting them one by one.
                    return null;
                }
            }
        }
        finally
        {
            Array.Clear(met, 0, words);
        }
        return page.Count < needed ? null : page.Select(k => (k.Doc, -k.Score)).ToList();
    }

    private static void Place(IndexGeneration generation, RankKey key, SortedSet<RankKey> page, Dictionary<int, RankKey> placed, int needed)
    {
        var slot = generation.SlotOf(key.Doc);
        if (page.Count == needed && key.CompareTo(page.Max) > 0)
        {
            return;
        }
        if (placed.TryGetValue(slot, out var other))
        {
            if (other.CompareTo(key) < 0)
            {
                return;
            }
            page.Remove(other);
        }
        page.Add(key);
        placed[slot] = key;
        if (page.Count > needed)
        {
            var last = page.Max;
            page.Remove(last);
            placed.Remove(generation.SlotOf(last.Doc));
        }
    }

    /// <summary>
    /// A statement's score in a reading as the exhaustive path adds it up: per clause its best form, the clauses summed
    /// in order (in single precision, as they are there); null when an AND misses a clause.
    /// </summary>
    private static float? ScoreOf(RankedReading reading, int doc)
    {
        float? sum = null;
        foreach (var clause in reading.Clauses)
        {
            float? inClause = null;
            foreach (var form in clause)
            {
                // Every form's ranking is made before the walk.
                var at = form.Ranking!.IndexOf(form, doc);
                if (at >= 0 && (inClause is null || form.Scores[at] > inClause))
                {
                    inClause = form.Scores[at];
                }
            }
            if (inClause is { } value)
            {
                sum = sum is { } before ? before + value : value;
            }
            else if (reading.All)
            {
                return null;
            }
        }
        return sum;
    }

    /// <summary>The most a statement not yet met could score: per reading, the sum over clauses of their forms' next scores, with room for rounding.</summary>
    private static double Bound(IReadOnlyList<RankedReading> readings, List<(DocSet Set, Ranking Ranking, int Reading, int Clause)> lists, int[] cursors)
    {
        var bound = double.NegativeInfinity;
        for (var r = 0; r < readings.Count; r++)
        {
            var sum = 0.0;
            var possible = true;
            for (var c = 0; c < readings[r].Clauses.Count && possible; c++)
            {
                var next = double.NegativeInfinity;
                for (var s = 0; s < lists.Count; s++)
                {
                    if (lists[s].Reading == r && lists[s].Clause == c && cursors[s] < lists[s].Set.Count)
                    {
                        next = Math.Max(next, lists[s].Set.Scores[lists[s].Ranking.Order[cursors[s]]]);
                    }
                }
                if (double.IsNegativeInfinity(next))
                {
                    // This clause has nothing left: an AND can meet no new statement; an OR's other clauses still can.
                    possible = !readings[r].All;
                    continue;
                }
                sum += next;
            }
            if (possible)
            {
                bound = Math.Max(bound, sum);
            }
        }
        return double.IsNegativeInfinity(bound) ? bound : bound * (1 + 1e-5) + 1e-6;
    }

    /// <summary>
    /// The matches of the readings and <paramref name="below"/> as a bitmap — per reading, the union of its clauses'
    /// forms, or with an AND the intersection of its clauses' unions — and from it the total (version slots) and, with
    /// <paramref name="facets"/>, every facet's counts (the matches among each value's statements).
    /// </summary>
    private static (int Total, IReadOnlyDictionary<string, int[]> Counts) Matches(IndexGeneration generation, IReadOnlyList<RankedReading> readings,
        List<(DocSet Set, Ranking Ranking, int Reading, int Clause)> lists, DocSet? below, bool facets)
    {
        var words = Words(generation);
        if (_matches is null || _matches.Length < words)
        {
            _matches = new ulong[words];
            _clause = new ulong[words];
            _reading = new ulong[words];
        }
        var matches = _matches.AsSpan(0, words);
        var clause = _clause!.AsSpan(0, words);
        var reading = _reading!.AsSpan(0, words);
        try
        {
            for (var r = 0; r < readings.Count; r++)
            {
                if (!readings[r].All)
                {
                    foreach (var list in lists.Where(l => l.Reading == r))
                    {
                        Add(list.Set, list.Ranking, matches);
                    }
                    continue;
                }
                for (var c = 0; c < readings[r].Clauses.Count; c++)
                {
                    clause.Clear();
                    foreach (var list in lists.Where(l => l.Reading == r && l.Clause == c))
                    {
                        Add(list.Set, list.Ranking, clause);
                    }
                    if (c == 0)
                    {
                        clause.CopyTo(reading);
                    }
                    else
                    {
                        Bitwise(reading, clause, and: true);
                    }
                }
                Bitwise(matches, reading, and: false);
            }
            if (below is { Count: > 0 })
            {
                Add(below, generation.RankingOf(below), matches);
            }
            var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
            if (facets)
            {
                // A facet with few values is counted on its values' bitmaps (a pass over each), one with many over the
                // matching statements' ordinals (a pass over the matches): whichever reads less.
                var matching = CountCommon(matches, matches);
                int[]? docs = null;
                foreach (var (name, column) in generation.Facets)
                {
                    if ((long)column.Values.Length * words > 2L * matching)
                    {
                        docs ??= List(matches, matching);
                        counts[name] = Facets.FacetCounter.Count(column, docs.AsSpan(0, matching));
                        continue;
                    }
                    var values = generation.FacetBits(name);
                    var valueCounts = new int[values.Length];
                    for (var ord = 0; ord < values.Length; ord++)
                    {
                        valueCounts[ord] = CountCommon(matches, values[ord]);
                    }
                    counts[name] = valueCounts;
                }
            }
            return (generation.CountSlots(matches), counts);
        }
        finally
        {
            matches.Clear();
            clause.Clear();
            reading.Clear();
        }
    }

    /// <summary>How many bits <paramref name="a"/> and <paramref name="b"/> have in common (one popcnt per word: faster than vectors, which must take their lanes apart to count).</summary>
    private static int CountCommon(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        b = b[..a.Length];
        int c0 = 0, c1 = 0;
        var w = 0;
        for (; w + 1 < a.Length; w += 2)
        {
            c0 += BitOperations.PopCount(a[w] & b[w]);
            c1 += BitOperations.PopCount(a[w + 1] & b[w + 1]);
        }
        if (w < a.Length)
        {
            c0 += BitOperations.PopCount(a[w] & b[w]);
        }
        return c0 + c1;
    }

    /// <summary>
    /// The statements of a bitmap holding <paramref name="count"/> of them, in order, in the first
    /// <paramref name="count"/> entries of this thread's <see cref="_docs"/> (returned).
    /// </summary>
    private static int[] List(ReadOnlySpan<ulong> bits, int count)
    {
        if (_docs is null || _docs.Length < count)
        {
            _docs = GC.AllocateUninitializedArray<int>(Math.Max(count, 2 * (_docs?.Length ?? 0)));
        }
        var docs = _docs;
        var n = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                docs[n++] = (w << 6) | BitOperations.TrailingZeroCount(word);
            }
        }
        return docs;
    }

    private static void Add(DocSet set, Ranking? ranking, Span<ulong> bits)
    {
        if (ranking?.Bits is { } bitmap)
        {
            Bitwise(bits, bitmap, and: false);
            return;
        }
        Mark(set, bits);
    }

    /// <summary><paramref name="into"/> |= <paramref name="from"/>, or &amp;= with <paramref name="and"/>, a vector at a time.</summary>
    private static void Bitwise(Span<ulong> into, ReadOnlySpan<ulong> from, bool and)
    {
        var to = MemoryMarshal.Cast<ulong, Vector<ulong>>(into);
        var with = MemoryMarshal.Cast<ulong, Vector<ulong>>(from);
        for (var k = 0; k < to.Length; k++)
        {
            to[k] = and ? to[k] & with[k] : to[k] | with[k];
        }
        for (var w = to.Length * Vector<ulong>.Count; w < into.Length; w++)
        {
            into[w] = and ? into[w] & from[w] : into[w] | from[w];
        }
    }

    private static void Mark(DocSet set, Span<ulong> bits)
    {
        foreach (var doc in set.Docs)
        {
            bits[doc >> 6] |= 1UL << doc;
        }
    }

    private static int Words(IndexGeneration generation) => (generation.Count >> 6) + 1;

    // A bitmap is kept only where OR-ing it costs less than walking the set's statements.
    private static bool KeepsBits(IndexGeneration generation, DocSet set) => set.Count > Words(generation);

    // The bitmaps CountSlots works in, one each per thread (left all clear after each count).
    [ThreadStatic]
    private static ulong[]? _matches;

    [ThreadStatic]
    private static ulong[]? _clause;

    [ThreadStatic]
    private static ulong[]? _reading;

    /// <summary>The statements <see cref="Summed"/> has met, one bitmap per thread (left all clear after each walk).</summary>
    [ThreadStatic]
    private static ulong[]? _met;

    // The matching statements listed for counting facets with many values (grown as needed, kept for the next search).
    [ThreadStatic]
    private static int[]? _docs;
}

/// <summary>Where a match stands in a page of results: lower comes first.</summary>
internal readonly record struct RankKey(int Primary, float Score, int Doc, int Secondary = 0) : IComparable<RankKey>
{
    public int CompareTo(RankKey other)
    {
        var c = Primary.CompareTo(other.Primary);
        if (c != 0)
        {
            return c;
        }
        c = Score.CompareTo(other.Score);
        if (c != 0)
        {
            return c;
        }
        c = Secondary.CompareTo(other.Secondary);
        return c != 0 ? c : Doc.CompareTo(other.Doc);
    }
}

/// <summary>A reading as <see cref="Ranking.Top"/> ranks it: per clause its forms' sets; clauses add up, and with <paramref name="All"/> all are required.</summary>
internal sealed record RankedReading(IReadOnlyList<IReadOnlyList<DocSet>> Clauses, bool All);

/// <summary>A page taken in rank order: its statements with their scores, the total, and the facets' counts when asked for.</summary>
internal sealed record RankedPage(List<(int Doc, float Score)> Top, int Total, IReadOnlyDictionary<string, int[]> Counts);

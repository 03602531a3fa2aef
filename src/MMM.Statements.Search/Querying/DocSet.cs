namespace MMM.Statements.Search.Querying;

/// <summary>Matching documents in ascending document order, each with a score (higher is better).</summary>
internal sealed class DocSet
{
    public static readonly DocSet Empty = new([], []);

    public DocSet(int[] docs, float[] scores)
    {
        Docs = docs;
        Scores = scores;
    }

    public int[] Docs { get; }

    public float[] Scores { get; }

    public int Count => Docs.Length;

    /// <summary>Whether a generation keeps this set (a term's, a phrase's or a topic's scores) for all its searches.</summary>
    internal bool Kept { get; set; }

    /// <summary>This set in rank order, once a generation has made it (see <see cref="IndexGeneration.RankingOf"/>).</summary>
    internal Ranking? Ranking;

    public static DocSet All(int count)
    {
        var docs = new int[count];
        for (var i = 0; i < count; i++)
        {
            docs[i] = i + 1;
        }
        return new DocSet(docs, new float[count]);
    }

    public static DocSet Where(int count, Func<int, bool> predicate)
    {
        var docs = new List<int>();
        for (var doc = 1; doc <= count; doc++)
        {
            if (predicate(doc))
            {
                docs.Add(doc);
            }
        }
        return new DocSet(docs.ToArray(), new float[docs.Count]);
    }

    /// <summary>The statements of this set that <paramref name="keep"/> accepts, with their scores.</summary>
    public DocSet Where(Func<int, bool> keep)
    {
        var (docs, scores) = Buffers(Count);
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (keep(Docs[i]))
            {
                docs[n] = Docs[i];
                scores[n++] = Scores[i];
            }
        }
        return Trimmed(docs, scores, n);
    }

    public DocSet And(DocSet other)
    {
        var (docs, scores) = Buffers(Math.Min(Count, other.Count));
        var n = 0;
        int i = 0, j = 0;
        while (i < Count && j < other.Count)
        {
            if (Docs[i] == other.Docs[j])
            {
                docs[n] = Docs[i];
                scores[n++] = Scores[i++] + other.Scores[j++];
            }
            else if (Docs[i] < other.Docs[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return Trimmed(docs, scores, n);
    }

    public DocSet Or(DocSet other) => Or(other, max: false);

    /// <summary>Union; a statement in both gets the sum of its scores, or the larger one with <paramref name="max"/>
    /// (alternative forms of one word must not count twice).</summary>
    public DocSet Or(DocSet other, bool max)
    {
        if (other.Count == 0)
        {
            return this;
        }
        if (Count == 0)
        {
            return other;
        }
        var (docs, scores) = Buffers(Count + other.Count);
        var n = 0;
        int i = 0, j = 0;
        while (i < Count && j < other.Count)
        {
            var a = Docs[i];
            var b = other.Docs[j];
            if (a < b)
            {
                docs[n] = a;
                scores[n++] = Scores[i++];
            }
            else if (b < a)
            {
                docs[n] = b;
                scores[n++] = other.Scores[j++];
            }
            else
            {
                docs[n] = a;
                scores[n++] = max ? Math.Max(Scores[i++], other.Scores[j++]) : Scores[i++] + other.Scores[j++];
            }
        }
        for (; i < Count; i++)
        {
            docs[n] = Docs[i];
            scores[n++] = Scores[i];
        }
        for (; j < other.Count; j++)
        {
            docs[n] = other.Docs[j];
            scores[n++] = other.Scores[j];
        }
        return Trimmed(docs, scores, n);
    }

    public DocSet Minus(DocSet other)
    {
        if (other.Count == 0)
        {
            return this;
        }
        var (docs, scores) = Buffers(Count);
        var n = 0;
        var j = 0;
        for (var i = 0; i < Count; i++)
        {
            while (j < other.Count && other.Docs[j] < Docs[i])
            {
                j++;
            }
            if (j < other.Count && other.Docs[j] == Docs[i])
            {
                continue;
            }
            docs[n] = Docs[i];
            scores[n++] = Scores[i];
        }
        return Trimmed(docs, scores, n);
    }

    // Results are written once, element by element, up to a known bound: no zeroing, no list growth, one trim.
    internal static (int[] Docs, float[] Scores) Buffers(int capacity) =>
        (GC.AllocateUninitializedArray<int>(capacity), GC.AllocateUninitializedArray<float>(capacity));

    internal static DocSet Trimmed(int[] docs, float[] scores, int count)
    {
        if (count < docs.Length)
        {
            Array.Resize(ref docs, count);
            Array.Resize(ref scores, count);
        }
        return new DocSet(docs, scores);
    }
}

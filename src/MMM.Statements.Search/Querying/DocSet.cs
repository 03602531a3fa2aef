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
        var docs = new List<int>(Count);
        var scores = new List<float>(Count);
        for (var i = 0; i < Count; i++)
        {
            if (keep(Docs[i]))
            {
                docs.Add(Docs[i]);
                scores.Add(Scores[i]);
            }
        }
        return new DocSet(docs.ToArray(), scores.ToArray());
    }

    public DocSet And(DocSet other)
    {
        var docs = new List<int>(Math.Min(Count, other.Count));
        var scores = new List<float>(Math.Min(Count, other.Count));
        int i = 0, j = 0;
        while (i < Count && j < other.Count)
        {
            if (Docs[i] == other.Docs[j])
            {
                docs.Add(Docs[i]);
                scores.Add(Scores[i] + other.Scores[j]);
                i++;
                j++;
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
        return new DocSet(docs.ToArray(), scores.ToArray());
    }

    public DocSet Or(DocSet other) => Or(other, max: false);

    /// <summary>Union; a statement in both gets the sum of its scores, or the larger one with <paramref name="max"/>
    /// (alternative forms of one word must not count twice).</summary>
    public DocSet Or(DocSet other, bool max)
    {
        var docs = new List<int>(Count + other.Count);
        var scores = new List<float>(Count + other.Count);
        int i = 0, j = 0;
        while (i < Count || j < other.Count)
        {
            if (j >= other.Count || (i < Count && Docs[i] < other.Docs[j]))
            {
                docs.Add(Docs[i]);
                scores.Add(Scores[i++]);
            }
            else if (i >= Count || other.Docs[j] < Docs[i])
            {
                docs.Add(other.Docs[j]);
                scores.Add(other.Scores[j++]);
            }
            else
            {
                docs.Add(Docs[i]);
                scores.Add(max ? Math.Max(Scores[i++], other.Scores[j++]) : Scores[i++] + other.Scores[j++]);
            }
        }
        return new DocSet(docs.ToArray(), scores.ToArray());
    }

    public DocSet Minus(DocSet other)
    {
        var docs = new List<int>(Count);
        var scores = new List<float>(Count);
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
            docs.Add(Docs[i]);
            scores.Add(Scores[i]);
        }
        return new DocSet(docs.ToArray(), scores.ToArray());
    }
}

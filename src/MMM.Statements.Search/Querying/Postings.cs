namespace MMM.Statements.Search.Querying;

/// <summary>
/// One term's postings: the statements that contain it, ascending, with its field-weighted frequency in each.
/// Stored as varints (statement deltas and frequencies interleaved), decoded once per generation and cached.
/// </summary>
internal sealed class Postings(int[] docs, int[] frequencies)
{
    public static readonly Postings None = new([], []);

    public int[] Docs { get; } = docs;

    public int[] Frequencies { get; } = frequencies;

    public int Count => Docs.Length;

    /// <param name="previous">The last statement already stored before these (0 for a new list), when appending.</param>
    public static byte[] Encode(IReadOnlyList<int> docs, IReadOnlyList<int> frequencies, int previous = 0)
    {
        var buffer = new List<byte>(docs.Count * 3);
        for (var i = 0; i < docs.Count; i++)
        {
            Varint.Write(buffer, docs[i] - previous);
            Varint.Write(buffer, frequencies[i]);
            previous = docs[i];
        }
        return buffer.ToArray();
    }

    public static Postings Decode(ReadOnlySpan<byte> data, int count)
    {
        var docs = new int[count];
        var frequencies = new int[count];
        var position = 0;
        var doc = 0;
        for (var i = 0; i < count; i++)
        {
            doc += Varint.Read(data, ref position);
            docs[i] = doc;
            frequencies[i] = Varint.Read(data, ref position);
        }
        return new Postings(docs, frequencies);
    }

    /// <summary>The last statement of an encoded list (its deltas summed), so that more can be appended after it.</summary>
    public static int LastDoc(ReadOnlySpan<byte> data, int count)
    {
        var position = 0;
        var doc = 0;
        for (var i = 0; i < count; i++)
        {
            doc += Varint.Read(data, ref position);
            Varint.Read(data, ref position);
        }
        return doc;
    }
}

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Where one term stands in each statement that holds it, for phrases. Stored per statement: its number (delta
/// varint), the byte length of its positions, then the positions (delta varints, ascending). A position is the column
/// (title 0, text 1, meta 2) in the high bits and, below, the word's place among the column's words (one place per
/// analysed position), for the one form per place that phrases see (the last: the stem of the accent-less spelling).
/// Decoded once per generation into statement numbers and byte ranges; a statement's positions are read only when
/// every other word of a phrase is there too.
/// </summary>
internal sealed class TermPositions
{
    public const int ColumnShift = 27;
    private const int MaxPlace = (1 << ColumnShift) - 1;

    public static readonly TermPositions None = new([], [], [], []);

    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly byte[] _data;

    private TermPositions(int[] docs, int[] starts, int[] ends, byte[] data)
    {
        Docs = docs;
        _starts = starts;
        _ends = ends;
        _data = data;
    }

    /// <summary>The statements holding the term, ascending.</summary>
    public int[] Docs { get; }

    public int Count => Docs.Length;

    /// <summary>A place in a column as one ascending integer (places past 2^27 words share the last one).</summary>
    public static int Position(int column, int place) => column << ColumnShift | Math.Min(place, MaxPlace);

    public static int ColumnOf(int position) => position >> ColumnShift;


    /// <summary>Appends one statement's positions (ascending) to an encoded list whose last statement is <paramref name="previous"/>.</summary>
    public static void Append(List<byte> buffer, List<byte> scratch, int doc, int previous, IReadOnlyList<int> positions)
    {
        scratch.Clear();
        var last = 0;
        foreach (var position in positions)
        {
            Varint.Write(scratch, position - last);
            last = position;
        }
        Varint.Write(buffer, doc - previous);
        Varint.Write(buffer, scratch.Count);
        buffer.AddRange(scratch);
    }

    public static TermPositions Decode(byte[] data, int count)
    {
        var docs = new int[count];
        var starts = new int[count];
        var ends = new int[count];
        var position = 0;
        var doc = 0;
        for (var i = 0; i < count; i++)
        {
            doc += Varint.Read(data, ref position);
            var length = Varint.Read(data, ref position);
            docs[i] = doc;
            starts[i] = position;
            position += length;
            ends[i] = position;
        }
        return new TermPositions(docs, starts, ends, data);
    }

    /// <summary>Bytes held in memory (for the reader's cache budget).</summary>
    public long Size => _data.Length + 12L * Docs.Length;

    /// <summary>
    /// How often the lists' words follow each other in one statement — the k-th word at the first word's place + k, all
    /// in one column — each occurrence counted with its column's weight. <paramref name="indexes"/> gives the
    /// statement's index in each list; <paramref name="at"/> and <paramref name="current"/> are scratch of the lists'
    /// length. Positions are decoded as the walk needs them, and it stops once any word has none left.
    /// </summary>
    public static int PhraseFrequency(TermPositions[] lists, int[] indexes, int[] weights, int[] at, int[] current)
    {
        var n = lists.Length;
        for (var k = 0; k < n; k++)
        {
            var list = lists[k];
            at[k] = list._starts[indexes[k]];
            if (at[k] >= list._ends[indexes[k]])
            {
                return 0;
            }
            current[k] = Varint.Read(list._data, ref at[k]);
        }
        var first = lists[0];
        var firstEnd = first._ends[indexes[0]];
        var frequency = 0;
        while (true)
        {
            var start = current[0];
            var follows = true;
            for (var k = 1; k < n; k++)
            {
                var want = start + k;
                if (current[k] < want)
                {
                    var list = lists[k];
                    var end = list._ends[indexes[k]];
                    var data = list._data;
                    var value = current[k];
                    var position = at[k];
                    do
                    {
                        if (position >= end)
                        {
                            return frequency;
                        }
                        value += Varint.Read(data, ref position);
                    }
                    while (value < want);
                    current[k] = value;
                    at[k] = position;
                }
                if (current[k] != want)
                {
                    follows = false;
                    break;
                }
            }
            if (follows && ColumnOf(start + n - 1) == ColumnOf(start))
            {
                frequency += weights[ColumnOf(start)];
            }
            if (at[0] >= firstEnd)
            {
                return frequency;
            }
            current[0] += Varint.Read(first._data, ref at[0]);
        }
    }

    /// <summary>The last statement of an encoded list, so that more can be appended after it.</summary>
    public static int LastDoc(ReadOnlySpan<byte> data, int count)
    {
        var position = 0;
        var doc = 0;
        for (var i = 0; i < count; i++)
        {
            doc += Varint.Read(data, ref position);
            position += Varint.Read(data, ref position);
        }
        return doc;
    }
}

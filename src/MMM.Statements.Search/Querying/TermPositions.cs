namespace MMM.Statements.Search.Querying;

/// <summary>
/// Where one term stands in each statement that holds it, for phrases and snippets. Stored per statement: its number
/// (delta varint), the byte length of its positions, then the positions (delta varints, ascending). A position is the
/// column (title 0, text 1, meta 2) in the high bits and, below, the word's place among the column's words (one place
/// per analysed position). The form phrases see at a place (the last: the stem of the accent-less spelling) is stored
/// as it is; another form of the same word (the stem of its accented spelling) carries <see cref="AlternativeFlag"/>,
/// which sorts it after every plain position, so phrases read up to the first flagged one and snippets read all.
/// Decoded once per generation into statement numbers and byte ranges; a statement's positions are read only when
/// needed (every other word of a phrase is there too; the statement is on the page of results).
/// </summary>
internal sealed class TermPositions
{
    public const int ColumnShift = 27;
    public const int MaxPlace = (1 << ColumnShift) - 1;
    public const int AlternativeFlag = 1 << 29;

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

    public static int ColumnOf(int position) => (position >> ColumnShift) & 3;

    public static int PlaceOf(int position) => position & MaxPlace;

    /// <summary>The index of <paramref name="doc"/> in the list, or -1.</summary>
    public int IndexOf(int doc)
    {
        var index = Array.BinarySearch(Docs, doc);
        return index >= 0 ? index : -1;
    }

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
    /// The positions in the <paramref name="index"/>-th statement of the list, into <paramref name="into"/> (grown if
    /// short); returns how many. Without <paramref name="alternatives"/>, only the forms phrases see.
    /// </summary>
    public int Read(int index, ref int[] into, bool alternatives = false)
    {
        var data = _data.AsSpan(0, _ends[index]);
        var position = _starts[index];
        var count = 0;
        var value = 0;
        while (position < data.Length)
        {
            value += Varint.Read(data, ref position);
            if (value >= AlternativeFlag && !alternatives)
            {
                break;
            }
            if (count == into.Length)
            {
                Array.Resize(ref into, into.Length * 2);
            }
            into[count++] = value;
        }
        return count;
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

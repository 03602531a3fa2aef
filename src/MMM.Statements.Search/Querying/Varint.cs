namespace MMM.Statements.Search.Querying;

/// <summary>Unsigned LEB128 integers, the encoding of every stored postings and positions list.</summary>
internal static class Varint
{
    public static void Write(List<byte> buffer, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            buffer.Add((byte)(v | 0x80));
            v >>= 7;
        }
        buffer.Add((byte)v);
    }

    public static int Read(ReadOnlySpan<byte> data, ref int position)
    {
        var result = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[position++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return result;
    }
}

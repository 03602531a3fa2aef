using System.Buffers;
using System.Text;
using K4os.Compression.LZ4;
using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Page text is stored compressed (LZ4 of UTF-8, with its length in front): it is most of an index file, and it is
/// read for every statement a page of results shows, so it must come back fast — LZ4 decodes a page in a few
/// microseconds where Deflate took tens, for about half the size of the plain text instead of a third.
/// </summary>
internal static class PageText
{
    public static byte[] Compress(string text) => LZ4Pickler.Pickle(Encoding.UTF8.GetBytes(text), LZ4Level.L00_FAST);

    public static string Read(SqliteDataReader reader, int ordinal)
    {
        var compressed = (byte[])reader.GetValue(ordinal);
        var size = LZ4Pickler.UnpickledSize(compressed);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, size));
        try
        {
            LZ4Pickler.Unpickle(compressed, buffer.AsSpan(0, size));
            return Encoding.UTF8.GetString(buffer, 0, size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Page text is stored compressed (raw Deflate of UTF-8): it is most of an index file, French prose compresses about
/// threefold, and it is only read for the few statements a page of results shows.
/// </summary>
internal static class PageText
{
    public static byte[] Compress(string text)
    {
        using var output = new MemoryStream(text.Length / 2 + 16);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text));
        }
        return output.ToArray();
    }

    public static string Read(SqliteDataReader reader, int ordinal)
    {
        var compressed = (byte[])reader.GetValue(ordinal);
        using var deflate = new DeflateStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        // Decompressed straight into one pooled buffer and decoded once: no stream reader, no intermediate copies.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, compressed.Length * 4));
        try
        {
            var length = 0;
            int read;
            while ((read = deflate.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

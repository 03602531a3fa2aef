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
        using var input = reader.GetStream(ordinal);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var text = new StreamReader(deflate, Encoding.UTF8);
        return text.ReadToEnd();
    }
}

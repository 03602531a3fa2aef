using Microsoft.Data.Sqlite;
using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// A statement's snippets from what the build stored: the places of its text (<see cref="Places"/>), the positions
/// of the query's terms in it (<see cref="TermPositions"/>, alternative forms included, as the analysis would match
/// them), and the text of only the pages the passages are taken from. Nothing is analysed again.
/// </summary>
internal static class SnippetReader
{
    public static IReadOnlyList<Snippet> Read(IndexGeneration generation, SqliteConnection connection, int doc, IReadOnlySet<string> terms)
    {
        List<SnippetBuilder.PagePlaces> pages;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT data FROM places WHERE doc = $d";
            command.Parameters.AddWithValue("$d", doc);
            pages = command.ExecuteScalar() is byte[] data ? Places.Decode(data) : [];
        }
        var hits = new List<(int Place, string Term)>();
        var buffer = new int[64];
        foreach (var term in terms)
        {
            var positions = generation.PositionsOf(term, connection);
            var index = positions.IndexOf(doc);
            if (index < 0)
            {
                continue;
            }
            var count = positions.Read(index, ref buffer, alternatives: true);
            for (var i = 0; i < count; i++)
            {
                if (TermPositions.ColumnOf(buffer[i]) == IndexSchema.TextColumnNumber)
                {
                    hits.Add((TermPositions.PlaceOf(buffer[i]), term));
                }
            }
        }
        return SnippetBuilder.Build(pages, hits, page => PageText(connection, doc, page));
    }

    private static string PageText(SqliteConnection connection, int doc, SnippetBuilder.PagePlaces page)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM pages WHERE statement = $d AND file = $f AND page = $p";
        command.Parameters.AddWithValue("$d", doc);
        command.Parameters.AddWithValue("$f", page.File);
        command.Parameters.AddWithValue("$p", page.Page);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Indexing.PageText.Read(reader, 0) : "";
    }
}

using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// A statement's snippets from what the build stored: the places of its text with their terms
/// (<see cref="Places"/>; a place matches when its term or its other form is one the query looks for, as the analysis
/// would match it) and the text of only the pages the passages are taken from. Nothing is analysed again, and the cost
/// does not depend on how common the query's words are.
/// </summary>
internal static class SnippetReader
{
    public static IReadOnlyList<Snippet> Read(IndexGeneration generation, SqliteConnection connection, int doc, IReadOnlySet<string> terms)
    {
        Places.Decoded places;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT data FROM places WHERE doc = $d";
            command.Parameters.AddWithValue("$d", doc);
            if (command.ExecuteScalar() is not byte[] data)
            {
                return [];
            }
            places = Places.Decode(data);
        }
        var wanted = new Dictionary<int, string>();
        foreach (var term in terms)
        {
            if (generation.TermIdOf(term, connection) is { } id)
            {
                wanted[id] = term;
            }
        }
        var hits = new List<(int Place, string Term)>();
        if (wanted.Count > 0)
        {
            for (var place = 0; place < places.Terms.Length; place++)
            {
                if (wanted.TryGetValue(places.Terms[place], out var term))
                {
                    hits.Add((place, term));
                }
                if (places.Alternatives[place] > 0 && wanted.TryGetValue(places.Alternatives[place], out var other))
                {
                    hits.Add((place, other));
                }
            }
        }
        return SnippetBuilder.Build(places.Pages, hits, page => PageText(connection, doc, page));
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

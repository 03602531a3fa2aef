using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// A statement's snippets from what the build stored: the places of its text with their terms
/// (<see cref="Places"/>; a place matches when its term or its other form is one the query looks for, as the analysis
/// would match it) and the text of only the pages the passages are taken from. Nothing is analysed again, and the cost
/// does not depend on how common the query's words are.
/// </summary>
internal sealed class SnippetReader
{
    private readonly SqliteConnection _connection;

    // The query's terms by their numbers, looked up once for the whole page of results.
    private readonly Dictionary<int, string> _wanted = [];

    public SnippetReader(IndexGeneration generation, SqliteConnection connection, IReadOnlySet<string> terms)
    {
        _connection = connection;
        foreach (var term in terms)
        {
            if (generation.TermIdOf(term, connection) is { } id)
            {
                _wanted[id] = term;
            }
        }
    }

    public IReadOnlyList<Snippet> Read(int doc)
    {
        Places.Decoded places;
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT data FROM places WHERE doc = $d";
            command.Parameters.AddWithValue("$d", doc);
            if (command.ExecuteScalar() is not byte[] data)
            {
                return [];
            }
            places = Places.Decode(data);
        }
        var hits = new List<(int Place, string Term)>();
        if (_wanted.Count > 0)
        {
            for (var place = 0; place < places.Terms.Length; place++)
            {
                if (_wanted.TryGetValue(places.Terms[place], out var term))
                {
                    hits.Add((place, term));
                }
                if (places.Alternatives[place] > 0 && _wanted.TryGetValue(places.Alternatives[place], out var other))
                {
                    hits.Add((place, other));
                }
            }
        }
        return SnippetBuilder.Build(places.Pages, hits, page => PageText(doc, page));
    }

    private string PageText(int doc, SnippetBuilder.PagePlaces page)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT text FROM pages WHERE statement = $d AND file = $f AND page = $p";
        command.Parameters.AddWithValue("$d", doc);
        command.Parameters.AddWithValue("$f", page.File);
        command.Parameters.AddWithValue("$p", page.Page);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Indexing.PageText.Read(reader, 0) : "";
    }
}

using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Finds the words of a plain query that name a UN session (<c>CSW 2024</c>, <c>CSocD61</c>,
/// <c>68e session de la Commission de la condition de la femme</c>) so that they filter by session instead of
/// being matched as text. Queries with Lucene syntax are left alone.
/// </summary>
internal static class SessionInQuery
{
    private const int MaxWords = 16;

    public sealed record Named(UnSession Session, string Rest);

    public static Named? Split(string query, Taxonomy taxonomy)
    {
        if (query.Length == 0 || query.IndexOfAny(['"', ':', '(', ')', '*', '~', '[', ']', '{', '}', '+']) >= 0
            || query.Split(' ').Any(w => w is "AND" or "OR" or "NOT" || w.StartsWith('-')))
        {
            return null;
        }
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords || SessionParser.Parse(query, taxonomy) is not { } session)
        {
            return null;
        }
        // The shortest run of words that still names the session; the words around it are the real query.
        for (var length = 1; length <= words.Length; length++)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var window = string.Join(' ', words, start, length);
                if (SessionParser.Parse(window, taxonomy) == session)
                {
                    var rest = words.Take(start).Concat(words.Skip(start + length));
                    return new Named(session, string.Join(' ', rest));
                }
            }
        }
        return null;
    }
}

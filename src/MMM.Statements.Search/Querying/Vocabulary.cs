using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Querying;

/// <summary>Look-ups in the index vocabulary (folded surface words → index terms, with document frequency).</summary>
internal static class Vocabulary
{
    public sealed record Candidate(string Word, string Surface, string Term, int DocumentFrequency, int Distance);

    /// <summary>Words within <paramref name="maxEdits"/> of <paramref name="folded"/>, most frequent first.</summary>
    public static IReadOnlyList<Candidate> Similar(SqliteConnection connection, string folded, int maxEdits, int limit)
    {
        if (folded.Length < 2)
        {
            return [];
        }
        var candidates = new List<Candidate>();
        using var command = connection.CreateCommand();
        // Words sharing the first letter and of a close length: a typo rarely changes both.
        command.CommandText = "SELECT word, surface, term, df FROM vocab WHERE word >= $from AND word < $to AND length(word) BETWEEN $min AND $max";
        var first = folded[..(char.IsHighSurrogate(folded[0]) ? 2 : 1)];
        command.Parameters.AddWithValue("$from", first);
        command.Parameters.AddWithValue("$to", first + "\uffff");
        command.Parameters.AddWithValue("$min", folded.Length - maxEdits);
        command.Parameters.AddWithValue("$max", folded.Length + maxEdits);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var word = reader.GetString(0);
            var distance = EditDistance(folded, word, maxEdits);
            if (distance <= maxEdits)
            {
                candidates.Add(new Candidate(word, reader.GetString(1), reader.GetString(2), reader.GetInt32(3), distance));
            }
        }
        return candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.DocumentFrequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(limit).ToList();
    }

    public static bool Contains(SqliteConnection connection, string folded)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM vocab WHERE word = $w";
        command.Parameters.AddWithValue("$w", folded);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions), stopping past <paramref name="max"/>.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        // Three rows of the alignment table, on the stack for words of ordinary length (this runs once per candidate word).
        var width = b.Length + 1;
        Span<int> rows = width <= 64 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}

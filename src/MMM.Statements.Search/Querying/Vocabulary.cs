using System.Numerics;
using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Querying;

/// <summary>Look-ups in the index vocabulary (folded surface words → index terms, with document frequency).</summary>
internal static class Vocabulary
{
    public sealed record Candidate(string Word, string Surface, string Term, int DocumentFrequency, int Distance);

    /// <summary>Words within <paramref name="maxEdits"/> of <paramref name="folded"/>, most frequent first.</summary>
    public static IReadOnlyList<Candidate> Similar(IndexGeneration generation, SqliteConnection connection, string folded, int maxEdits, int limit)
    {
        if (folded.Length < 2)
        {
            return [];
        }
        // Words sharing the first letter and of a close length: a typo rarely changes both. Scanned in memory; only
        // the close ones are then read from the index.
        var first = folded[..(char.IsHighSurrogate(folded[0]) ? 2 : 1)];
        var vocabulary = generation.VocabularyWords(connection);
        var (words, letters) = (vocabulary.Sorted, vocabulary.Letters);
        var mine = LetterSet(folded);
        var close = new List<(string Word, int Distance)>();
        for (var i = LowerBound(words, first); i < words.Length && words[i].StartsWith(first, StringComparison.Ordinal); i++)
        {
            var word = words[i];
            // Each letter of one word that the other lacks costs at least one edit: a cheap bound before the full distance.
            if (Math.Abs(word.Length - folded.Length) <= maxEdits
                && BitOperations.PopCount(mine & ~letters[i]) <= maxEdits && BitOperations.PopCount(letters[i] & ~mine) <= maxEdits
                && EditDistance(folded, word, maxEdits) is var distance && distance <= maxEdits)
            {
                close.Add((word, distance));
            }
        }
        var candidates = new List<Candidate>(close.Count);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT surface, term, df FROM vocab WHERE word = $w";
        var parameter = command.Parameters.Add("$w", SqliteType.Text);
        foreach (var (word, distance) in close)
        {
            parameter.Value = word;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                candidates.Add(new Candidate(word, reader.GetString(0), reader.GetString(1), reader.GetInt32(2), distance));
            }
        }
        return candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.DocumentFrequency).ThenBy(c => c.Word, StringComparer.Ordinal).Take(limit).ToList();
    }

    /// <summary>Every word of the vocabulary in ordinal order, with each word's <see cref="LetterSet"/> (loaded once per generation, for <see cref="Similar"/>).</summary>
    public sealed class Words(string[] sorted)
    {
        public string[] Sorted { get; } = sorted;
        public ulong[] Letters { get; } = Array.ConvertAll(sorted, LetterSet);
    }

    /// <summary>
    /// The characters of a word as a set of 64 bits (a character's code modulo 64: the folded letters a–z fall on
    /// distinct bits). A bit one word has and the other lacks stands for at least one letter the other lacks.
    /// </summary>
    public static ulong LetterSet(string word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            set |= 1UL << (c & 63);
        }
        return set;
    }

    public static Words LoadWords(SqliteConnection connection)
    {
        var words = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT word FROM vocab";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            words.Add(reader.GetString(0));
        }
        var array = words.ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return new Words(array);
    }

    private static int LowerBound(string[] words, string value)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(words[mid], value) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
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

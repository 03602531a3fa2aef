using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Indexing;

/// <summary>The integrity checks run on every new index before it is published, and by <c>mmm-statements verify</c>.</summary>
internal static class IndexVerifier
{
    /// <summary>Returns the problems found; an empty list means the index is sound.</summary>
    /// <param name="fullText">
    /// Also run FTS5's own integrity check (it needs a writable connection and reads the whole full-text index). Since
    /// SQLite 3.44 (we bundle 3.53) <c>PRAGMA integrity_check</c> runs FTS5's <c>xIntegrity</c> on the full-text table
    /// as well, so the explicit check repeats work; <c>verify</c> runs it all the same.
    /// </param>
    public static IReadOnlyList<string> Check(SqliteConnection connection, bool fullText = true)
    {
        var problems = new List<string>();
        try
        {
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA integrity_check";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var line = reader.GetString(0);
                    if (line != "ok")
                    {
                        problems.Add("integrity_check: " + line);
                    }
                }
            }
            if (fullText && connection.State == System.Data.ConnectionState.Open && !IsReadOnly(connection))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"INSERT INTO {IndexSchema.FtsTable}({IndexSchema.FtsTable}, rank) VALUES('integrity-check', 0)";
                command.ExecuteNonQuery();
            }
            CheckRecord(connection, problems);
        }
        catch (SqliteException e)
        {
            problems.Add($"SQLite error {e.SqliteErrorCode}: {e.Message}");
        }
        return problems;
    }

    /// <summary>
    /// The checks of an appending build: what it wrote, read back and decoded — each new statement's row (and its id
    /// through the id index), length, files, full-text entry, places and page texts, and the whole stored list of
    /// every term it added to (entries ascending, as many as recorded, ending in a new statement) — and the build
    /// record. The rest of the file is a byte copy of the live index, each part of which passed these checks or the
    /// whole-file ones (<see cref="Check"/>) when it was written: checking all of it again (6–7 s at 100,000
    /// statements) would cost the publication of one statement what the append exists to save. The vocabulary rows
    /// and term numbers it updates are not read back. <c>mmm-statements verify</c> and every full or updating build
    /// run the whole-file checks.
    /// </summary>
    public static IReadOnlyList<string> CheckAppend(SqliteConnection connection, long firstDoc, long lastDoc, IEnumerable<string> postingTerms, IEnumerable<string> positionTerms)
    {
        var problems = new List<string>();
        try
        {
            for (var doc = firstDoc; doc <= lastDoc; doc++)
            {
                CheckAppendedStatement(connection, doc, problems);
            }
            CheckLists(connection, "postings", "SELECT df, data FROM postings WHERE term = $t", postingTerms, firstDoc, lastDoc, problems,
                (reader, _) => Querying.Postings.Decode((byte[])reader.GetValue(1), reader.GetInt32(0)).Docs);
            CheckLists(connection, "positions", "SELECT docs, last, data FROM positions WHERE term = $t", positionTerms, firstDoc, lastDoc, problems,
                (reader, word) =>
                {
                    var docs = Querying.TermPositions.Decode((byte[])reader.GetValue(2), reader.GetInt32(0)).Docs;
                    if (docs[^1] != reader.GetInt32(1))
                    {
                        problems.Add($"positions of '{word}': the recorded last statement is not the list's");
                    }
                    return docs;
                });
            CheckRecord(connection, problems);
        }
        catch (SqliteException e)
        {
            problems.Add($"SQLite error {e.SqliteErrorCode}: {e.Message}");
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidDataException or InvalidOperationException)
        {
            // A list or a page that does not decode.
            problems.Add($"unreadable data: {e.Message}");
        }
        return problems;
    }

    private static void CheckAppendedStatement(SqliteConnection connection, long doc, List<string> problems)
    {
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT (SELECT length FROM doc_lengths WHERE doc = s.rowid), (SELECT count(*) FROM {IndexSchema.FtsTable}_docsize WHERE id = s.rowid),
                       (SELECT data FROM places WHERE doc = s.rowid), (SELECT count(*) FROM files f WHERE f.statement = s.rowid),
                       (SELECT t.rowid FROM statements t WHERE t.id = s.id)
                FROM statements s WHERE s.rowid = $d
                """;
            command.Parameters.AddWithValue("$d", doc);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                problems.Add($"statement {doc} is missing");
                return;
            }
            if (reader.IsDBNull(0))
            {
                problems.Add($"statement {doc} has no length");
            }
            if (reader.GetInt64(1) != 1)
            {
                problems.Add($"statement {doc} is not in the full-text index");
            }
            if (!reader.IsDBNull(2))
            {
                Snippets.Places.Decode((byte[])reader.GetValue(2));
            }
            if (reader.GetInt64(3) == 0)
            {
                problems.Add($"statement {doc} has no file");
            }
            if (reader.IsDBNull(4) || reader.GetInt64(4) != doc)
            {
                problems.Add($"statement {doc} is not found by its id");
            }
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT text FROM pages WHERE statement = $d";
            command.Parameters.AddWithValue("$d", doc);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                PageText.Read(reader, 0);
            }
        }
    }

    /// <summary>Each term's row of a per-term table, decoded by <paramref name="docsOf"/> into its statements and checked as <see cref="CheckList"/> says.</summary>
    private static void CheckLists(SqliteConnection connection, string table, string sql, IEnumerable<string> terms, long firstDoc, long lastDoc,
        List<string> problems, Func<SqliteDataReader, string, int[]> docsOf)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.Parameters.Add("$t", SqliteType.Text);
        foreach (var word in terms)
        {
            parameter.Value = word;
            using var reader = command.ExecuteReader();
            CheckList(problems, table, word, reader.Read() ? docsOf(reader, word) : null, firstDoc, lastDoc);
        }
    }

    /// <summary>A term's stored list after an append: present, ascending, and ending in one of the new statements.</summary>
    private static void CheckList(List<string> problems, string table, string term, int[]? docs, long firstDoc, long lastDoc)
    {
        if (docs is null || docs.Length == 0)
        {
            problems.Add($"{table} of '{term}' are missing");
            return;
        }
        for (var i = 1; i < docs.Length; i++)
        {
            if (docs[i] <= docs[i - 1])
            {
                problems.Add($"{table} of '{term}' are out of order");
                return;
            }
        }
        if (docs[0] < 1 || docs[^1] < firstDoc || docs[^1] > lastDoc)
        {
            problems.Add($"{table} of '{term}' do not end in an appended statement");
        }
    }

    /// <summary>The build record is there and counts the statements the file holds.</summary>
    private static void CheckRecord(SqliteConnection connection, List<string> problems)
    {
        var schema = Scalar(connection, $"SELECT value FROM meta WHERE key = '{IndexSchema.Meta.SchemaVersion}'");
        if (schema is null)
        {
            problems.Add("the build record (meta) is missing");
        }
        var recorded = Scalar(connection, $"SELECT value FROM meta WHERE key = '{IndexSchema.Meta.Statements}'");
        var actual = Scalar(connection, "SELECT count(*) FROM statements");
        if (recorded is not null && recorded != actual)
        {
            problems.Add($"the build recorded {recorded} statements but the file holds {actual}");
        }
    }

    private static bool IsReadOnly(SqliteConnection connection) =>
        connection.ConnectionString.Contains("Mode=ReadOnly", StringComparison.OrdinalIgnoreCase);

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() switch
        {
            null or DBNull => null,
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>A new index failed its integrity checks; it is not published.</summary>
public sealed class IndexCorruptException(string path, IReadOnlyList<string> problems)
    : Exception($"The index {Path.GetFileName(path)} failed its integrity checks: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Indexing;

/// <summary>The integrity checks run on every new index before it is published, and by <c>mmm-statements verify</c>.</summary>
internal static class IndexVerifier
{
    /// <summary>Returns the problems found; an empty list means the index is sound.</summary>
    /// <param name="fullText">
    /// Also run FTS5's own integrity check (it needs a writable connection and reads the whole full-text index). An
    /// appending build skips it: since SQLite 3.44 (we bundle 3.53) <c>PRAGMA integrity_check</c> runs FTS5's
    /// <c>xIntegrity</c> on the full-text table as well, so the explicit check repeats work a full build can afford
    /// and a publication of one statement cannot.
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
        catch (SqliteException e)
        {
            problems.Add($"SQLite error {e.SqliteErrorCode}: {e.Message}");
        }
        return problems;
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

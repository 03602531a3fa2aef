using Microsoft.Data.Sqlite;

namespace MMM.Statements.Search.Indexing;

/// <summary>How index files are opened: read-write while a build writes one, read-only once it is published.</summary>
internal static class IndexConnections
{
    public static SqliteConnection OpenForBuild(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A published index is never written again, so readers open it read-only; the pool is per file and
    /// cleared when the generation is retired.
    /// </summary>
    public static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(ReadOnlyConnectionString(path));
        connection.Open();
        return connection;
    }

    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    /// <summary>
    /// Starts one read transaction on a published index's connection, ended when the result is disposed. Outside a
    /// transaction SQLite takes and releases its read lock, and looks at the file, around every statement: about twenty
    /// times for a page of results with snippets.
    /// </summary>
    public static ReadTransaction BeginRead(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN";
        command.ExecuteNonQuery();
        return new ReadTransaction(connection);
    }

    /// <summary>A read transaction begun by <see cref="BeginRead"/>; nothing was written, so ending it rolls back.</summary>
    public readonly struct ReadTransaction(SqliteConnection connection) : IDisposable
    {
        public void Dispose()
        {
            // A failed statement may already have ended it; a pooled connection must not keep one open.
            if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "ROLLBACK";
                command.ExecuteNonQuery();
            }
        }
    }
}

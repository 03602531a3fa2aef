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
}

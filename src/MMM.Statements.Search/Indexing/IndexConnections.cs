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

    /// <summary>
    /// A published index file opened read-only and memory-mapped, outside the pool (its caller keeps it): reads of
    /// large rows become memory reads instead of one system call per page. Opened as <c>immutable</c> too, so SQLite
    /// takes no locks and does not check the file for changes before each statement. A published file is never written
    /// again and never truncated; a damaged one is replaced by a new file, not repaired in place.
    /// </summary>
    public static SqliteConnection OpenMapped(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // SQLite maps at most the size its build allows (2 GB by default); the rest of a larger file is read as before.
            command.CommandText = $"PRAGMA mmap_size={long.MaxValue}";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();
}

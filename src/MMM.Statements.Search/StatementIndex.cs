using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Facets;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;

namespace MMM.Statements.Search;

/// <summary>
/// The one type that owns the index files of a directory: it reads the live generation, switches to a newly
/// published one without interrupting searches, and answers searches, statement look-ups, stats and checks.
/// Thread-safe; one instance serves the whole process.
/// </summary>
public sealed class StatementIndex : IDisposable
{
    private readonly IndexStore _store;
    private readonly StatementIndexOptions _options;
    private readonly object _switchLock = new();
    private Lease? _current;
    private long _lastCheck;
    private string? _loadError;
    private (string Path, long Length, DateTime Written)? _failed;

    public StatementIndex(string indexDirectory, StatementIndexOptions? options = null)
    {
        _store = new IndexStore(indexDirectory);
        _options = options ?? new StatementIndexOptions();
        Refresh();
    }

    public string Directory => _store.Directory;

    /// <summary>The live build, or null when no index can serve.</summary>
    public BuildInfo? Info => Current()?.Generation.Info;

    /// <summary>Why no index serves (missing, unreadable, corrupt), or null when one does.</summary>
    public string? Problem => Current() is null ? _loadError ?? "no index has been built yet" : null;

    /// <summary>
    /// Raised when a newly published index starts to serve, with its build: on the thread that noticed it (a build's, or
    /// a search's), inside the switch, so a handler must only start work, not do it.
    /// </summary>
    public event Action<BuildInfo>? Switched;

    /// <summary>Switches to the published index if it changed. Returns true when a generation serves.</summary>
    public bool Refresh()
    {
        lock (_switchLock)
        {
            _lastCheck = Stopwatch.GetTimestamp();
            // A publication can move the pointer on while the file it named is being opened, and that file go (cleaned
            // up, or written onto as the next spare): then the pointer is read again.
            for (var attempt = 1; ; attempt++)
            {
                var path = _store.CurrentPath();
                var serving = SwitchTo(path);
                if (serving || attempt == 3 || _store.CurrentPath() == path)
                {
                    return serving;
                }
            }
        }
    }

    private bool SwitchTo(string? path)
    {
        if (path is not null && _current?.Generation.Path == path && File.Exists(path))
        {
            return true;
        }
        if (path is null || !File.Exists(path))
        {
            _loadError = path is null ? "no index has been built yet" : $"the live index file {Path.GetFileName(path)} is missing";
            Retire(null);
            return false;
        }
        if (_failed is { } failed && failed.Path == path && failed == Stamp(path))
        {
            // The generation that failed is still the published one, unchanged: reopening it would serve the
            // damage again. It stays unavailable until a new build is published (or the file is replaced).
            return false;
        }
        try
        {
            var generation = IndexGeneration.Load(path, _current?.Generation);
            Retire(new Lease(generation));
            _loadError = null;
        }
        catch (Exception e) when (e is SqliteException or IOException or InvalidOperationException or FormatException)
        {
            _loadError = $"the live index {Path.GetFileName(path)} cannot be read: {e.Message}";
            Retire(null);
            return false;
        }
        Switched?.Invoke(_current!.Generation.Info);
        return true;
    }

    /// <summary>Marks the live generation unusable after a read error (corruption, deleted file) so health says so.</summary>
    internal void ReportFailure(Lease lease, Exception error)
    {
        lock (_switchLock)
        {
            if (_current == lease)
            {
                _loadError = $"the live index {lease.Generation.Name} failed: {error.Message}";
                _failed = File.Exists(lease.Generation.Path) ? Stamp(lease.Generation.Path) : null;
                Retire(null);
            }
        }
    }

    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        using var lease = Acquire() ?? throw new IndexUnavailableException(Problem ?? "no index");
        try
        {
            var result = new Searcher(lease.Generation, _options, request, cancellationToken).Run();
            return result with { TookMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2) };
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26 or 14 or 10)
        {
            // SQLITE_CORRUPT, NOTADB, CANTOPEN, IOERR: this generation can no longer serve.
            ReportFailure(lease, e);
            throw new IndexUnavailableException($"the live index failed: {e.Message}", e);
        }
    }

    public StatementDetails? Get(string id, string uiLanguage = "fr")
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = Acquire() ?? throw new IndexUnavailableException(Problem ?? "no index");
        var generation = lease.Generation;
        if (generation.DocOf(id) is not { } doc)
        {
            return null;
        }
        using var connection = generation.OpenConnection();
        var cited = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT symbol FROM symbols WHERE statement = $d AND own = 0 ORDER BY rowid";
            command.Parameters.AddWithValue("$d", doc);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cited.Add(reader.GetString(0));
            }
        }
        var files = ReadFiles(connection, doc);
        var pages = new List<(int, int, string)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT file, page, text FROM pages WHERE statement = $d ORDER BY file, page";
            command.Parameters.AddWithValue("$d", doc);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                pages.Add((reader.GetInt32(0), reader.GetInt32(1), PageText.Read(reader, 2)));
            }
        }
        return new StatementDetails
        {
            Summary = Searcher.Hit(generation, doc, 0, [], uiLanguage, _options),
            CitedSymbols = cited,
            Files = files,
            Pages = pages,
            Related = Related(generation, doc, uiLanguage),
        };
    }

    /// <summary>The file of a statement by its number, for download; never a path from a request.</summary>
    public (StatementFile File, string SourceRelativePath)? GetFile(string id, int number)
    {
        using var lease = Acquire();
        if (lease?.Generation.DocOf(id) is not { } doc)
        {
            return null;
        }
        using var connection = lease.Generation.OpenConnection();
        var file = ReadFiles(connection, doc).FirstOrDefault(f => f.Number == number);
        return file is null ? null : (file, file.Path);
    }

    /// <summary>The statement whose own symbol is <paramref name="text"/> (any spacing or case, with or without /Rev.N).</summary>
    public string? ResolveSymbol(string text)
    {
        if (!UnSymbol.TryParse(text, out var symbol))
        {
            return null;
        }
        using var lease = Acquire();
        if (lease is null)
        {
            return null;
        }
        using var connection = lease.Generation.OpenConnection();
        var docs = new QueryEvaluator(lease.Generation, connection).Symbols(symbol, own: true);
        return docs.Count == 0 ? null : lease.Generation.Fields.Ids[Searcher.PreferredVersion(lease.Generation, docs.Docs, symbol)];
    }

    /// <summary>Completions for a search box: titles, sessions, symbols and words starting with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int max = 8)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        prefix = QueryParser.Sanitize(prefix).Trim();
        if (prefix.Length < 2 || prefix.Length > 100)
        {
            return [];
        }
        using var lease = Acquire();
        if (lease is null)
        {
            return [];
        }
        var generation = lease.Generation;
        var suggestions = new List<string>();
        var folded = TextAnalyzer.For("fr").AnalyzePrefix(prefix) ?? "";
        foreach (var session in generation.Facets[FacetNames.Session].Values)
        {
            if (session.StartsWith(prefix.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            {
                suggestions.Add(session);
            }
        }
        for (var doc = 1; doc <= generation.Count && suggestions.Count < max * 2; doc++)
        {
            if (generation.Fields.Symbols[doc] is { } symbol && symbol.StartsWith(prefix.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), StringComparison.Ordinal))
            {
                suggestions.Add(symbol);
            }
        }
        for (var doc = 1; doc <= generation.Count && suggestions.Count < max * 2; doc++)
        {
            var title = generation.Fields.Titles[doc];
            if ((TextAnalyzer.For("fr").AnalyzePrefix(title) ?? "").Contains(folded, StringComparison.Ordinal))
            {
                suggestions.Add(title);
            }
        }
        if (folded.Length >= 2)
        {
            using var connection = generation.OpenConnection();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT surface FROM vocab WHERE word >= $from AND word < $to ORDER BY df DESC LIMIT $max";
            command.Parameters.AddWithValue("$from", folded);
            command.Parameters.AddWithValue("$to", folded + "\uffff");
            command.Parameters.AddWithValue("$max", max);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                suggestions.Add(reader.GetString(0));
            }
        }
        return suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Take(max).ToList();
    }

    public IndexStats? Stats(string uiLanguage = "fr")
    {
        using var lease = Acquire();
        if (lease is null)
        {
            return null;
        }
        var generation = lease.Generation;
        var all = FacetCounter.Apply(generation, DocSet.All(generation.Count), new Dictionary<string, bool[]>(), count: true);
        var failures = new List<IndexFailure>();
        using (var connection = generation.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT path, status, detail FROM failures ORDER BY path";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                failures.Add(new IndexFailure(reader.GetString(0), Enum.Parse<ExtractionStatus>(reader.GetString(1)), reader.GetString(2)));
            }
        }
        return new IndexStats
        {
            Build = generation.Info,
            Facets = Searcher.FacetValues(generation, all.Counts, new Dictionary<string, bool[]>(), uiLanguage, _options, includeZero: false),
            Failures = failures,
        };
    }

    /// <summary>Runs the integrity checks on the live index file; an empty list means it is sound.</summary>
    public IReadOnlyList<string> Verify()
    {
        var path = _store.CurrentPath();
        if (path is null || !File.Exists(path))
        {
            return [Problem ?? "no index has been built yet"];
        }
        try
        {
            using var connection = IndexConnections.OpenReadOnly(path);
            var problems = IndexVerifier.Check(connection).ToList();
            var info = BuildInfo.Read(connection, Path.GetFileName(path));
            if (info.SchemaVersion != IndexSchema.Version)
            {
                problems.Add($"schema version {info.SchemaVersion}, expected {IndexSchema.Version}");
            }
            SqliteConnection.ClearPool(connection);
            return problems;
        }
        catch (SqliteException e)
        {
            return [$"SQLite error {e.SqliteErrorCode}: {e.Message}"];
        }
    }

    private static (string Path, long Length, DateTime Written) Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return (path, file.Length, file.LastWriteTimeUtc);
        }
        catch (IOException)
        {
            return (path, -1, default);
        }
    }

    public void Dispose()
    {
        lock (_switchLock)
        {
            Retire(null);
        }
    }

    private Lease? Current()
    {
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastCheck)) > _options.RefreshInterval)
        {
            var path = _store.CurrentPath();
            var live = Volatile.Read(ref _current);
            if (path != live?.Generation.Path || (live is not null && !File.Exists(live.Generation.Path)))
            {
                Refresh();
            }
            else
            {
                Interlocked.Exchange(ref _lastCheck, Stopwatch.GetTimestamp());
            }
        }
        return Volatile.Read(ref _current);
    }

    internal Lease? Acquire()
    {
        while (true)
        {
            var lease = Current();
            if (lease is null)
            {
                return null;
            }
            if (lease.TryAddReader())
            {
                return lease;
            }
            // It was retired between the read and the increment: read the new one.
            Thread.Yield();
            if (Volatile.Read(ref _current) is null)
            {
                return null;
            }
        }
    }

    private void Retire(Lease? next)
    {
        var old = _current;
        Volatile.Write(ref _current, next);
        old?.Retire();
    }

    private static List<StatementFile> ReadFiles(SqliteConnection connection, int doc)
    {
        var files = new List<StatementFile>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.number, f.path, f.format, f.status, f.detail, (SELECT count(*) FROM pages p WHERE p.statement = f.statement AND p.file = f.number) FROM files f WHERE f.statement = $d ORDER BY f.number";
        command.Parameters.AddWithValue("$d", doc);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = reader.GetString(1);
            files.Add(new StatementFile(reader.GetInt32(0), path, Path.GetFileName(path), Enum.Parse<DocumentFormat>(reader.GetString(2)),
                Enum.Parse<ExtractionStatus>(reader.GetString(3)), reader.GetString(4), reader.GetInt32(5)));
        }
        return files;
    }

    private List<SearchHit> Related(IndexGeneration generation, int doc, string uiLanguage)
    {
        var fields = generation.Fields;
        var topics = fields.Topics[doc].ToHashSet(StringComparer.Ordinal);
        var body = generation.Facets[FacetNames.Body].OrdsOf(doc).ToArray();
        var versions = generation.VersionsOf(doc).ToHashSet();
        var date = fields.Dates[doc] ?? new DateOnly(fields.Years[doc] ?? 2000, 1, 1);
        var scored = new List<(int Doc, int Shared, int Days)>();
        for (var other = 1; other <= generation.Count; other++)
        {
            if (other == doc || versions.Contains(other))
            {
                continue;
            }
            var shared = fields.Topics[other].Count(topics.Contains) * 2
                + (body.Length > 0 && generation.Facets[FacetNames.Body].OrdsOf(other).IndexOf(body[0]) >= 0 ? 1 : 0);
            if (shared < 2)
            {
                continue;
            }
            var otherDate = fields.Dates[other] ?? new DateOnly(fields.Years[other] ?? 2000, 1, 1);
            scored.Add((other, shared, Math.Abs(otherDate.DayNumber - date.DayNumber)));
        }
        var seenGroups = new HashSet<string>(StringComparer.Ordinal);
        var related = new List<SearchHit>();
        foreach (var (other, _, _) in scored.OrderByDescending(s => s.Shared).ThenBy(s => s.Days).ThenBy(s => s.Doc))
        {
            if (fields.VersionGroups[other] is { } group && !seenGroups.Add(group))
            {
                continue;
            }
            related.Add(Searcher.Hit(generation, other, 0, [], uiLanguage, _options));
            if (related.Count == 5)
            {
                break;
            }
        }
        return related;
    }

    /// <summary>A counted reference to a generation; the generation is disposed when retired and unused.</summary>
    internal sealed class Lease(IndexGeneration generation) : IDisposable
    {
        private int _readers = 1; // the live reference itself
        private int _retired;

        public IndexGeneration Generation { get; } = generation;

        public bool TryAddReader()
        {
            while (true)
            {
                var readers = Volatile.Read(ref _readers);
                if (readers == 0)
                {
                    return false;
                }
                if (Interlocked.CompareExchange(ref _readers, readers + 1, readers) == readers)
                {
                    return true;
                }
            }
        }

        public void Retire()
        {
            if (Interlocked.Exchange(ref _retired, 1) == 0)
            {
                Release();
            }
        }

        public void Dispose() => Release();

        private void Release()
        {
            if (Interlocked.Decrement(ref _readers) == 0)
            {
                Generation.Dispose();
            }
        }
    }
}

/// <summary>No index can serve: none was built, or the live one is missing or damaged.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MMM.Statements.Search;

/// <summary>
/// The one type that owns the Lucene index of a directory: searches go through a <see cref="SearcherManager"/> that
/// follows the last commit (made here or by another process); writes go through one <see cref="IndexWriter"/>, held
/// for as long as this instance lives once taken, and a publication is a commit. Thread-safe; one instance serves the
/// whole process. No type outside the engine sees a Lucene type.
/// </summary>
public sealed class StatementIndex : IDisposable
{
    private readonly StatementIndexOptions _options;
    private readonly LuceneDirectory _directory;
    private readonly object _gate = new();
    private readonly object _writeGate = new();
    private readonly HashSet<string> _checkedSegments = new(StringComparer.Ordinal);
    private SearcherManager? _searchers;
    private IndexWriter? _writer;
    private string? _problem;
    private string? _servedCommit;
    private long _lastCheck;
    private bool _disposed;

    public StatementIndex(string indexDirectory, StatementIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indexDirectory);
        Directory = Path.GetFullPath(indexDirectory);
        System.IO.Directory.CreateDirectory(Directory);
        _options = options ?? new StatementIndexOptions();
        _directory = OpenDirectory(Directory);
        Refresh();
    }

    public string Directory { get; }

    internal StatementIndexOptions Options => _options;

    /// <summary>The build of the commit that serves, or null when no index can serve.</summary>
    public BuildInfo? Info => Current()?.Info;

    /// <summary>Why no index serves (none built, unreadable, damaged), or null when one does.</summary>
    public string? Problem
    {
        get
        {
            var current = Current();
            return current is null ? _problem ?? "no index has been built yet" : null;
        }
    }

    /// <summary>
    /// Raised when a new commit starts to serve, with its build: on the thread that noticed it (a build's, or a
    /// search's), so a handler must only start work, not do it.
    /// </summary>
    public event Action<BuildInfo>? Switched;

    /// <summary>Follows the last commit. Returns true when a commit serves.</summary>
    public bool Refresh()
    {
        BuildInfo? switched = null;
        var attempt = 0;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _lastCheck = Stopwatch.GetTimestamp();
        retry:
            attempt++;
            try
            {
                if (_searchers is null)
                {
                    if (!DirectoryReader.IndexExists(_directory))
                    {
                        _problem ??= "no index has been built yet";
                        return false;
                    }
                    _searchers = new SearcherManager(_directory, new CheckingFactory(this));
                }
                else
                {
                    _searchers.MaybeRefreshBlocking();
                }
                var searcher = (StatementSearcher)_searchers.Acquire();
                try
                {
                    _problem = null;
                    if (_servedCommit != searcher.Info.FileName)
                    {
                        _servedCommit = searcher.Info.FileName;
                        switched = searcher.Info;
                    }
                }
                finally
                {
                    _searchers.Release(searcher);
                }
            }
            catch (Exception e) when (e is FileNotFoundException && attempt < 5)
            {
                // Another program's writer deleted the files of the commit being opened, having committed a newer one: open that.
                Thread.Sleep(20 * attempt);
                goto retry;
            }
            catch (Exception e) when (IsDamage(e))
            {
                Fail(e);
                return false;
            }
        }
        if (switched is not null)
        {
            Switched?.Invoke(switched);
        }
        return true;
    }

    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var result = Read(searcher => new Searcher(request.Unit == SearchUnit.Ask ? searcher.Asks : searcher, _options, request, cancellationToken).Run());
        return result with { TookMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2) };
    }

    public StatementDetails? Get(string id, string uiLanguage = "fr")
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(searcher =>
        {
            if (Hits.DocOf(searcher, id) is not { } doc)
            {
                return null;
            }
            var stored = Hits.Stored(searcher, doc, out var pages);
            return new StatementDetails
            {
                Summary = Hits.Hit(searcher, doc, stored, 0, [], uiLanguage),
                CitedSymbols = stored.CitedSymbols,
                Files = stored.Files.Select(Hits.FileOf).ToList(),
                Pages = pages,
                Related = Hits.Related(searcher, doc, stored, uiLanguage),
                Asks = stored.Asks,
            };
        });
    }

    /// <summary>
    /// The pages of a statement with the words of <paramref name="query"/> marked by the rule the snippets use: runs of
    /// text, each marked or not; the statement page shows them. Null when there is no such statement.
    /// </summary>
    public IReadOnlyList<MarkedPage>? Mark(string id, string? query)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Read(searcher =>
        {
            if (Hits.DocOf(searcher, id) is not { } doc)
            {
                return null;
            }
            var stored = Hits.Stored(searcher, doc, out var pages);
            var highlight = string.IsNullOrWhiteSpace(query) ? null : new QueryBuilder(searcher, _options).ForHighlighting(query, stored.Language);
            return pages.Select(p => new MarkedPage(p.File, p.Page, SnippetMaker.MarkAll(highlight, stored.Language, p.Text))).ToList();
        });
    }

    /// <summary>The file of a statement by its number, for download; never a path from a request.</summary>
    public (StatementFile File, string SourceRelativePath)? GetFile(string id, int number)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryRead(searcher =>
        {
            if (Hits.DocOf(searcher, id) is not { } doc)
            {
                return ((StatementFile, string)?)null;
            }
            var file = Hits.Stored(searcher, doc).Files.FirstOrDefault(f => f.Number == number);
            return file is null ? null : (Hits.FileOf(file), file.Path);
        });
    }

    /// <summary>The statement whose own symbol is <paramref name="text"/> (any spacing or case, with or without /Rev.N).</summary>
    public string? ResolveSymbol(string text)
    {
        if (!UnSymbol.TryParse(text, out var symbol))
        {
            return null;
        }
        return TryRead(searcher => Hits.OwnerOf(searcher, symbol) is { } doc ? Hits.Stored(searcher, doc).Id : null);
    }

    /// <summary>Completions for a search box: sessions, symbols, titles and words; with several words, the last completed among the others.</summary>
    public IReadOnlyList<string> Suggest(string prefix, int max = 8)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return TryRead(searcher => Suggestions.Complete(searcher, prefix, max)) ?? [];
    }

    public IndexStats? Stats(string uiLanguage = "fr")
    {
        return TryRead(searcher =>
        {
            var held = searcher.Failures.ToLookup(f => Hits.Holds(searcher, StatementFields.FilePath, f.Path));
            return new IndexStats
            {
                Build = searcher.Info,
                Facets = Facets.VersionFacets.CountAll(searcher, _options, uiLanguage),
                Failures = held[false].ToList(),
                IndexedWithoutText = held[true].ToList(),
            };
        });
    }

    /// <summary>The files the serving commit holds, with their hashes, and the failures it lists (for the admin's disk check).</summary>
    public IReadOnlyList<IndexedFileState> IndexedFiles() => TryRead(Hits.AllFiles) ?? [];

    /// <summary>
    /// The id of every statement (each language version) of the serving commit, with that commit's name; null when no
    /// commit serves. Read from the id field's terms, so it costs one pass over the ids, not over the records.
    /// </summary>
    public (string Commit, IReadOnlyList<string> Ids)? StatementIds() => TryRead(searcher =>
    {
        var ids = new List<string>();
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var terms = MultiFields.GetTerms(reader, StatementFields.Id)?.GetEnumerator();
        DocsEnum? docs = null;
        while (terms is not null && terms.MoveNext())
        {
            // A deleted statement keeps its term until its segment is merged away: only a live document counts.
            docs = terms.Docs(live, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Add(terms.Term.Utf8ToString());
            }
        }
        return ((string, IReadOnlyList<string>)?)(searcher.Info.FileName, ids);
    });

    /// <summary>Lucene's <see cref="CheckIndex"/> on the last commit and our own count checks; an empty list means it is sound.</summary>
    public IReadOnlyList<string> Verify()
    {
        lock (_gate)
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                return [_problem ?? "no index has been built yet"];
            }
            var problems = new List<string>();
            try
            {
                var status = new CheckIndex(_directory).DoCheckIndex();
                if (!status.Clean)
                {
                    problems.Add(status.MissingSegments ? "segments are missing" : $"{status.NumBadSegments} damaged segments ({status.TotLoseDocCount} statements at stake)");
                }
                if (problems.Count == 0)
                {
                    using var reader = DirectoryReader.Open(_directory);
                    var searcher = new StatementSearcher(reader);
                    problems.AddRange(Hits.CountChecks(searcher));
                }
            }
            catch (Exception e) when (IsDamage(e))
            {
                problems.Add($"the index cannot be read: {e.Message}");
            }
            return problems;
        }
    }

    public void Dispose()
    {
        // After the write under way, if any: closing the writer under it would lose the build.
        lock (_writeGate)
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _searchers?.Dispose();
            _searchers = null;
            if (_writer is not null)
            {
                try
                {
                    _writer.Dispose();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    // Closing never commits: what was not committed is lost, the last commit stands.
                }
                _writer = null;
            }
            _directory.Dispose();
        }
    }

    // ---- writes (the indexer's) ----

    /// <summary>True while this instance holds the index's writer (and so its write.lock).</summary>
    public bool HoldsWriter
    {
        get
        {
            lock (_gate)
            {
                return _writer is not null;
            }
        }
    }

    /// <summary>Takes the index's writer for as long as this instance lives (the site does at start).</summary>
    /// <exception cref="BuildAlreadyRunningException">Another process holds the index's write lock.</exception>
    public void HoldWriter()
    {
        lock (_writeGate)
        lock (_gate)
        {
            Writer(create: false);
        }
    }

    /// <summary>Runs <paramref name="write"/> with the writer, then commits with <paramref name="data"/>; any failure rolls back to the last commit.</summary>
    internal void Write(Action<IndexWriter, StatementSearcher?> write, Func<IDictionary<string, string>> data, bool create)
    {
        // One write at a time; searches go on meanwhile, on the last commit (they take only _gate, held here briefly).
        lock (_writeGate)
        {
            IndexWriter writer;
            SearcherManager? manager;
            StatementSearcher? searcher;
            lock (_gate)
            {
                writer = Writer(create);
                manager = _searchers;
                searcher = manager?.Acquire() as StatementSearcher;
            }
            try
            {
                write(writer, searcher);
                writer.SetCommitData(data());
                writer.Commit();
            }
            catch
            {
                lock (_gate)
                {
                    Abandon();
                }
                throw;
            }
            finally
            {
                if (searcher is not null)
                {
                    try
                    {
                        manager!.Release(searcher);
                    }
                    catch (ObjectDisposedException)
                    {
                        // The commit it read was found damaged meanwhile, and its manager closed.
                    }
                }
            }
        }
        Refresh();
    }

    /// <summary>
    /// The index files through two directories. Postings, terms, norms and doc values are memory-mapped
    /// (<see cref="MappedDirectory"/>): through NIOFSDirectory every read was a pread and an fstat, most of a search's
    /// time (docs/benchmarks.md). Stored fields (the page texts, 70% of the index) are read with pread through
    /// NIOFSDirectory: a search reads them only for the snippets of the hits it shows, and mapped they stayed in the
    /// site's resident memory once read (1.3 GB at 100k statements).
    /// </summary>
    private static LuceneDirectory OpenDirectory(string path)
    {
        var folder = new DirectoryInfo(path);
        var storedFields = new NIOFSDirectory(folder, new ExclusiveLockFactory(path));
        var mapped = new MappedDirectory(folder, NoLockFactory.GetNoLockFactory());
        return new FileSwitchDirectory(StoredFieldExtensions, storedFields, mapped, doClose: true);
    }

    private static readonly ISet<string> StoredFieldExtensions = new HashSet<string>(StringComparer.Ordinal) { "fdt", "fdx" };

    /// <summary>The writer, taken now if need be; a damaged or unreadable index can only be written anew (<paramref name="create"/>).</summary>
    private IndexWriter Writer(bool create)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is not null)
        {
            if (create)
            {
                _writer.DeleteAll();
            }
            return _writer;
        }
        var config = new IndexWriterConfig(StatementAnalyzer.Match, StatementFields.CreateAnalyzer())
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = StatementSearcher.Ranking,
            RAMBufferSizeMB = 64,
            // Separate files, not compound ones, so that stored fields go to their own directory (OpenDirectory).
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException)
        {
            throw new BuildAlreadyRunningException("Another program (the site, or another mmm-statements index) is writing this index; nothing was changed.");
        }
        return _writer;
    }

    /// <summary>Drops what was written since the last commit (which keeps serving) and lets the writer go.</summary>
    private void Abandon()
    {
        if (_writer is null)
        {
            return;
        }
        try
        {
            _writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Rolling back only deletes files the last commit does not use; the next writer cleans what is left.
        }
        _writer = null;
    }

    /// <summary>The serving commit's statements and files, for an incremental build; null when no commit serves.</summary>
    internal IndexCatalog? Catalog(bool withFiles)
    {
        return TryRead(searcher =>
        {
            var statements = new Dictionary<string, StoredStatement>(StringComparer.Ordinal);
            if (withFiles)
            {
                var reader = searcher.IndexReader;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (searcher.Accepts(doc))
                    {
                        var stored = Hits.Stored(searcher, doc);
                        statements[stored.Id] = stored;
                    }
                }
            }
            return new IndexCatalog(searcher.Info, searcher.Failures, statements, id => TryRead(s =>
                Hits.DocOf(s, id) is { } doc ? PagesOf(s, doc) : null));
        });
    }

    private static List<(int File, int Page, string Text)> PagesOf(StatementSearcher searcher, int doc)
    {
        Hits.Stored(searcher, doc, out var pages);
        return pages;
    }

    /// <summary>True when some statement of the serving commit has <paramref name="value"/> in exact field <paramref name="field"/>.</summary>
    internal bool Holds(string field, string value) => TryRead(searcher => Hits.Holds(searcher, field, value));

    // ---- reads ----

    private StatementSearcher? Current()
    {
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastCheck)) > _options.RefreshInterval)
        {
            Refresh();
        }
        lock (_gate)
        {
            if (_searchers is null)
            {
                return null;
            }
            var searcher = (StatementSearcher)_searchers.Acquire();
            _searchers.Release(searcher);
            return searcher;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the serving commit; throws <see cref="IndexUnavailableException"/> when none can serve.</summary>
    private T Read<T>(Func<StatementSearcher, T> read)
    {
        Current();
        SearcherManager? manager;
        lock (_gate)
        {
            manager = _searchers;
        }
        if (manager is null)
        {
            throw new IndexUnavailableException(_problem ?? "no index has been built yet");
        }
        IndexSearcher searcher;
        try
        {
            searcher = manager.Acquire();
        }
        catch (ObjectDisposedException)
        {
            throw new IndexUnavailableException(_problem ?? "the index was closed");
        }
        try
        {
            return read((StatementSearcher)searcher);
        }
        catch (Exception e) when (IsDamage(e))
        {
            lock (_gate)
            {
                Fail(e);
            }
            throw new IndexUnavailableException($"the index failed: {e.Message}", e);
        }
        finally
        {
            try
            {
                manager.Release(searcher);
            }
            catch (ObjectDisposedException)
            {
                // The manager was closed after a failure: the reader went with it.
            }
        }
    }

    private T? TryRead<T>(Func<StatementSearcher, T> read)
    {
        try
        {
            return Read(read);
        }
        catch (IndexUnavailableException)
        {
            return default;
        }
    }

    private void Fail(Exception error)
    {
        _problem = $"the index cannot be read: {error.Message}";
        _searchers?.Dispose();
        _searchers = null;
        _servedCommit = null;
        _checkedSegments.Clear();
    }

    /// <summary>
    /// A read that failed because the files are damaged or gone: Lucene's I/O errors, and the runtime errors its decoders
    /// throw on garbage (an impossible VInt, an index out of range inside a Lucene type).
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is not (LockObtainFailedException or OperationCanceledException or IndexUnavailableException)
        && (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
                or FileNotFoundException or DirectoryNotFoundException or IOException
            || ThrownInLucene(e)
            || e.GetType().Namespace?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true);

    /// <summary>Whether the exception was raised inside Lucene's own code (its decoders on garbage bytes).</summary>
    private static bool ThrownInLucene(Exception e) =>
        e is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidOperationException or NullReferenceException or OverflowException or ArgumentException
        && new StackTrace(e).GetFrames().Take(3).Any(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true);

    /// <summary>Checks each segment's checksums the first time a searcher meets it, so damage is found on open, not mid-search.</summary>
    private sealed class CheckingFactory(StatementIndex index) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                if (leaf.AtomicReader is SegmentReader segment && !index._checkedSegments.Contains(segment.SegmentName))
                {
                    segment.CheckIntegrity();
                    index._checkedSegments.Add(segment.SegmentName);
                }
            }
            return new StatementSearcher(reader);
        }
    }
}

/// <summary>No index can serve: none was built, or the index is missing or damaged.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A page of a statement as runs of text, each marked (a searched word) or not.</summary>
public sealed record MarkedPage(int File, int Page, IReadOnlyList<(string Text, bool Marked)> Runs);

/// <summary>A file the serving commit holds, or lists as failed, with what the admin's disk check compares.</summary>
public sealed record IndexedFileState(string Path, long Size, long ModifiedUnixSeconds, string? Hash, string? SidecarHash, bool Failed);

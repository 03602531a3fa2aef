using System.Text.Json;
using Microsoft.Extensions.Options;
using MMM.Statements.Search;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Engine;

/// <summary>How a build ended.</summary>
public enum BuildOutcome
{
    Running,
    Succeeded,
    Unchanged,
    Failed,
    Cancelled,
    Interrupted,
}

/// <summary>One build, as the dashboard lists it (persisted in <c>DataDirectory/builds.jsonl</c>).</summary>
public sealed record BuildRecord
{
    public required string Id { get; init; }
    public required bool Full { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public BuildOutcome Outcome { get; init; } = BuildOutcome.Running;
    public string? Message { get; init; }
    public int Statements { get; init; }
    public int Files { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<IndexFailure> Failures { get; init; } = [];
}

/// <summary>Where the running build is, for the live progress on the admin page.</summary>
public sealed record BuildProgress(BuildRecord Build, IndexingStage Stage, int Done, int Total, string? CurrentFile, TimeSpan Elapsed, TimeSpan? Remaining);

/// <summary>Whether a build request started one.</summary>
public enum StartOutcome
{
    Started,
    AlreadyRunning,
}

/// <summary>
/// Runs index builds in the background for the site: one at a time (a second request is told one is running),
/// with live progress, cancellation and a history that survives restarts (a build the process died in is
/// shown as interrupted). Search keeps serving the old index until the new one is published.
/// </summary>
public sealed class IndexBuilds(StatementIndex index, IOptions<StatementsOptions> options, ILogger<IndexBuilds> logger, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(SearchJson.Options);
    private readonly object _lock = new();
    private readonly StatementsOptions _options = options.Value;
    private BuildRecord? _running;
    private IndexingProgress? _progress;
    private CancellationTokenSource? _cancel;
    private Task _task = Task.CompletedTask;
    private StatementIndexer? _indexer;
    // A build of the whole folder was asked for and has not succeeded yet (it failed, was cancelled, or its queued
    // request was dropped): until one does, a publication updates the whole folder instead of appending its file only.
    private bool _folderPending;
    private bool _stopping;
    private List<BuildRecord>? _history;
    private (bool Full, string RequestedBy, IReadOnlyCollection<string>? Added)? _queued;

    private string HistoryPath => Path.Combine(_options.DataDirectory, "builds.jsonl");

    /// <summary>The running build's progress, or null when none runs.</summary>
    public BuildProgress? Current
    {
        get
        {
            lock (_lock)
            {
                if (_running is null)
                {
                    return null;
                }
                var p = _progress;
                var elapsed = time.GetUtcNow() - _running.StartedAt;
                return new BuildProgress(_running, p?.Stage ?? IndexingStage.Discovering, p?.Done ?? 0, p?.Total ?? 0, p?.CurrentFile, elapsed, p?.Remaining);
            }
        }
    }

    /// <summary>The task of the running (or last) build; tests await it.</summary>
    public Task Completion
    {
        get
        {
            lock (_lock)
            {
                return _task;
            }
        }
    }

    /// <summary>Finished builds, newest first.</summary>
    public IReadOnlyList<BuildRecord> History
    {
        get
        {
            lock (_lock)
            {
                return LoadHistory().AsEnumerable().Reverse().ToList();
            }
        }
    }

    /// <param name="added">Files just put in the statements folder (relative paths), when that is all that changed: they
    /// are appended without going over the folder (see <see cref="StatementIndexer.PublishAsync"/>).</param>
    public StartOutcome TryStart(bool full, string requestedBy, IReadOnlyCollection<string>? added = null)
    {
        lock (_lock)
        {
            var indexer = Indexer();
            if (_stopping || _running is not null || indexer.IsRunning)
            {
                return StartOutcome.AlreadyRunning;
            }
            _folderPending |= added is null;
            var record = new BuildRecord
            {
                Id = Guid.NewGuid().ToString("N")[..12],
                Full = full,
                RequestedBy = requestedBy,
                StartedAt = time.GetUtcNow(),
            };
            _running = record;
            _progress = null;
            _cancel = new CancellationTokenSource();
            Append(record);
            var token = _cancel.Token;
            var named = full || _folderPending ? null : added;
            _task = Task.Run(() => RunAsync(indexer, record, named, token), CancellationToken.None);
            return StartOutcome.Started;
        }
    }

    /// <summary>
    /// Starts a build, or when one runs, queues one to start right after it: files published during a build must
    /// still reach the index. Returns what happened now.
    /// </summary>
    public StartOutcome StartOrQueue(bool full, string requestedBy, IReadOnlyCollection<string>? added = null)
    {
        lock (_lock)
        {
            _folderPending |= added is null;
            var outcome = TryStart(full, requestedBy, added);
            if (outcome == StartOutcome.AlreadyRunning && _running is not null)
            {
                // Requests merge: named files add up; once any request is for the whole folder, the queued build is too.
                var named = _queued is { } queued
                    ? queued.Added is null || added is null ? null : [.. queued.Added.Union(added, StringComparer.Ordinal)]
                    : added;
                _queued = (full || _queued is { Full: true }, requestedBy, named);
            }
            return outcome;
        }
    }

    /// <summary>Completes when no build runs and none is queued (tests and shutdown wait on it).</summary>
    public async Task IdleAsync()
    {
        while (true)
        {
            var task = Completion;
            await task;
            lock (_lock)
            {
                if (_running is null && _queued is null && ReferenceEquals(task, _task))
                {
                    return;
                }
            }
            await Task.Yield();
        }
    }

    /// <summary>
    /// At shutdown: no build starts any more, the running one is cancelled, and this waits for it (bounded by
    /// <paramref name="cancellationToken"/>), so that none is left holding the index's writer.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task build;
        lock (_lock)
        {
            _stopping = true;
            _queued = null;
            Cancel();
            build = _task;
        }
        try
        {
            await build.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown time is up; the next start cleans what is left.
        }
    }

    /// <summary>Asks the running build to stop; the live index is untouched. False when no build runs.</summary>
    public bool Cancel()
    {
        lock (_lock)
        {
            if (_running is null || _cancel is null)
            {
                return false;
            }
            _cancel.Cancel();
            return true;
        }
    }

    // One indexer for the site's life, writing through the site's index and its one writer.
    private StatementIndexer Indexer() => _indexer ??= new(new IndexerOptions
    {
        SourceDirectory = _options.SourceDirectory,
        IndexDirectory = _options.IndexDirectory,
        // One core for the build, one for the people searching meanwhile.
        Parallelism = 1,
    }, index);

    private async Task RunAsync(StatementIndexer indexer, BuildRecord record, IReadOnlyCollection<string>? added, CancellationToken token)
    {
        BuildRecord finished;
        try
        {
            logger.LogInformation("Index build {Id} started ({Mode}) by {User}", record.Id, record.Full ? "full" : "update", record.RequestedBy);
            var progress = new Progress(this);
            var summary = added is { Count: > 0 }
                ? await indexer.PublishAsync(added, progress, token)
                : await indexer.BuildAsync(record.Full, progress, token);
            index.Refresh();
            finished = record with
            {
                FinishedAt = time.GetUtcNow(),
                Outcome = summary.Changed ? BuildOutcome.Succeeded : BuildOutcome.Unchanged,
                Message = summary.Line,
                Statements = summary.Statements,
                Files = summary.Files,
                Unchanged = summary.Unchanged,
                Failures = summary.Failures,
            };
            logger.LogInformation("Index build {Id}: {Summary}", record.Id, summary.Line);
        }
        catch (OperationCanceledException)
        {
            finished = record with { FinishedAt = time.GetUtcNow(), Outcome = BuildOutcome.Cancelled, Message = "cancelled" };
            logger.LogInformation("Index build {Id} cancelled; the live index is unchanged", record.Id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any failure (full disk, a lock held by another process, a corrupt new file) leaves the old index serving.
            finished = record with { FinishedAt = time.GetUtcNow(), Outcome = BuildOutcome.Failed, Message = e.Message };
            logger.LogError(e, "Index build {Id} failed; the live index is unchanged", record.Id);
        }
        if (added is null)
        {
            // A build of the whole folder leaves the garbage of every chunk it read and wrote: hand that memory back to
            // the system rather than keep the heap it grew to (docs/benchmarks.md, "Memory").
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        lock (_lock)
        {
            _running = null;
            _progress = null;
            _cancel?.Dispose();
            _cancel = null;
            TryAppend(finished);
            if (added is null && finished.Outcome is BuildOutcome.Succeeded or BuildOutcome.Unchanged)
            {
                _folderPending = false;
            }
            if (_queued is { } next && finished.Outcome != BuildOutcome.Cancelled)
            {
                _queued = null;
                TryStart(next.Full, next.RequestedBy, next.Added);
            }
            _queued = null;
        }
    }


    private void Report(IndexingProgress progress)
    {
        lock (_lock)
        {
            _progress = progress;
        }
        if (progress.Stage == IndexingStage.Done)
        {
            // Published: searches switch to the new index now, not after the build has removed the superseded files.
            index.Refresh();
        }
    }

    private List<BuildRecord> LoadHistory()
    {
        if (_history is not null)
        {
            return _history;
        }
        var byId = new Dictionary<string, BuildRecord>(StringComparer.Ordinal);
        var order = new List<string>();
        if (File.Exists(HistoryPath))
        {
            foreach (var line in File.ReadLines(HistoryPath))
            {
                try
                {
                    if (JsonSerializer.Deserialize<BuildRecord>(line, Json) is { } record)
                    {
                        if (!byId.ContainsKey(record.Id))
                        {
                            order.Add(record.Id);
                        }
                        byId[record.Id] = record;
                    }
                }
                catch (JsonException)
                {
                    // A line cut by a crash: skip it.
                }
            }
        }
        // A build still "running" in the file belongs to a process that died: it was interrupted.
        _history = order.Select(id => byId[id] is { Outcome: BuildOutcome.Running } r && r.Id != _running?.Id
            ? r with { Outcome = BuildOutcome.Interrupted, Message = "interrupted (the site stopped during the build)" }
            : byId[id]).ToList();
        return _history;
    }

    private void Append(BuildRecord record)
    {
        var history = LoadHistory();
        history.RemoveAll(r => r.Id == record.Id);
        history.Add(record);
        Directory.CreateDirectory(_options.DataDirectory);
        File.AppendAllText(HistoryPath, JsonSerializer.Serialize(record, Json) + "\n");
    }

    private void TryAppend(BuildRecord record)
    {
        try
        {
            Append(record);
        }
        catch (IOException e)
        {
            // A full disk must not hide the outcome: keep it in memory.
            logger.LogWarning(e, "Could not record build {Id} in the history file", record.Id);
            var history = LoadHistory();
            history.RemoveAll(r => r.Id == record.Id);
            history.Add(record);
        }
    }

    private sealed class Progress(IndexBuilds owner) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) => owner.Report(value);
    }
}

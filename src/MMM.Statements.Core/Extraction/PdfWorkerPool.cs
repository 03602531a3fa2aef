using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>
/// A few warm PdfPig workers (at most one per core) shared by concurrent extractions: each file takes an idle worker
/// or starts one, a worker that died, timed out or misbehaved is thrown away and the next file gets a fresh one, and
/// idle workers stop after <see cref="ExtractionOptions.PdfWorkerIdleTimeout"/>. Disposing the pool kills every
/// worker, busy or not. A killed parent leaves none either: each worker exits when its parent dies (it watches for
/// being re-parented) and when its stdin closes.
/// </summary>
public sealed class PdfWorkerPool : IDisposable, IAsyncDisposable
{
    // After this many failed starts in a row the pool stops trying: the installation is broken, not the file.
    private const int MaxFailedStarts = 3;

    private readonly ExtractionOptions _options;
    private readonly string? _program;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _lock = new();
    private readonly Stack<PdfPigWorker> _idle = new();
    private readonly HashSet<PdfPigWorker> _all = [];
    // Runs only while workers exist, so a pool nobody disposed (an upload's extractor) is not kept alive by its timer.
    private Timer? _reaper;
    private int _failedStarts;
    private int _started;
    private bool _disposed;

    public PdfWorkerPool(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validated();
        _program = PdfPigWorker.FindProgram();
        var size = Math.Clamp(options.PdfWorkers, 1, Environment.ProcessorCount);
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Workers started so far, replacements included.</summary>
    public int WorkersStarted => Volatile.Read(ref _started);

    /// <summary>Process ids of the workers alive now.</summary>
    public IReadOnlyList<int> WorkerProcessIds
    {
        get
        {
            lock (_lock)
            {
                return _all.Select(w => w.ProcessId).ToList();
            }
        }
    }

    internal async Task<PdfPigReading> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var worker = TakeIdle();
            if (worker is null)
            {
                if (_program is null)
                {
                    return NotStarted($"{PdfPigWorker.AssemblyFile} introuvable à côté de MMM.Statements.Core / not found beside MMM.Statements.Core");
                }
                if (Volatile.Read(ref _failedStarts) >= MaxFailedStarts)
                {
                    return NotStarted("le lecteur PDF ne démarre pas / the PDF worker does not start");
                }
                try
                {
                    worker = await PdfPigWorker.StartAsync(_program, _options, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref _started);
                    Volatile.Write(ref _failedStarts, 0);
                }
                catch (PdfWorkerStartException e)
                {
                    Interlocked.Increment(ref _failedStarts);
                    return NotStarted("le lecteur PDF n'a pas démarré / the PDF worker did not start: " + e.Message);
                }
                lock (_lock)
                {
                    if (_disposed)
                    {
                        worker.Dispose();
                        throw new ObjectDisposedException(nameof(PdfWorkerPool));
                    }
                    _all.Add(worker);
                    var period = _options.PdfWorkerIdleTimeout / 2;
                    _reaper ??= new Timer(_ => StopIdleWorkers(), null, period, period);
                }
            }
            try
            {
                return await worker.ReadAsync(fullPath, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Return(worker);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private static PdfPigReading NotStarted(string detail) =>
        new(new ExtractorFailure(TextExtractor.PdfPig, ExtractorFailureKind.NotStarted, detail));

    private PdfPigWorker? TakeIdle()
    {
        lock (_lock)
        {
            return _idle.TryPop(out var worker) ? worker : null;
        }
    }

    private void Return(PdfPigWorker worker)
    {
        lock (_lock)
        {
            if (worker.Healthy && !_disposed)
            {
                _idle.Push(worker);
                return;
            }
            _all.Remove(worker);
        }
        worker.Dispose();
    }

    private void StopIdleWorkers()
    {
        var stale = new List<PdfPigWorker>();
        lock (_lock)
        {
            var keep = new List<PdfPigWorker>();
            while (_idle.TryPop(out var worker))
            {
                (Environment.TickCount64 - worker.LastUsed > _options.PdfWorkerIdleTimeout.TotalMilliseconds ? stale : keep).Add(worker);
            }
            foreach (var worker in Enumerable.Reverse(keep))
            {
                _idle.Push(worker);
            }
            foreach (var worker in stale)
            {
                _all.Remove(worker);
            }
            if (_all.Count == 0)
            {
                _reaper?.Dispose();
                _reaper = null;
            }
        }
        foreach (var worker in stale)
        {
            try
            {
                worker.Dispose();
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or SystemException)
            {
                // This runs on a timer thread, where an exception would end the site: a worker that cannot be
                // reaped here is killed again when the pool is disposed.
            }
        }
    }

    public void Dispose()
    {
        List<PdfPigWorker> all;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            all = [.. _all];
            _all.Clear();
            _idle.Clear();
            _reaper?.Dispose();
            _reaper = null;
        }
        // Busy workers are killed too: their readers see the pipe close and end.
        foreach (var worker in all)
        {
            worker.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

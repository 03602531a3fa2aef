using System.Diagnostics;
using System.Globalization;
using System.Text;
using MMM.Statements.Model;
using MMM.Statements.PdfWorker;

namespace MMM.Statements.Extraction;

/// <summary>One page as PdfPig read it: its text in content order and the glyphs the page draws.</summary>
internal sealed record PdfPigPage(int Number, string Text, int Glyphs);

/// <summary>What PdfPig made of one file: its pages and metadata, or the failure that stopped it.</summary>
internal sealed record PdfPigReading(
    ExtractorFailure? Failure,
    int FilePages = 0,
    IReadOnlyList<PdfPigPage>? Pages = null,
    bool Truncated = false,
    WorkerMetadata? Metadata = null);

/// <summary>
/// One warm worker process (mmm-pdf-worker) in the jail of <see cref="ChildProcess"/>: a managed-heap ceiling the
/// runtime honours, an address-space limit it can start under, a time limit per file that grows with its page count,
/// a cap on what it may send, and a kill of its process tree on any of them. After a death, a time-out or a broken
/// exchange it is <see cref="Healthy"/> no more, and the pool starts a fresh one.
/// </summary>
internal sealed class PdfPigWorker : IDisposable
{
    public const string AssemblyFile = "mmm-pdf-worker.dll";

    private readonly Process _process;
    private readonly Task<(string Text, int Lines)> _stderr;
    private readonly ExtractionOptions _options;
    private int _disposed;

    private PdfPigWorker(Process process, ExtractionOptions options)
    {
        _process = process;
        _options = options;
        _stderr = ChildProcess.ReadStderrAsync(process.StandardError, 16 * 1024);
    }

    public int ProcessId => _process.Id;

    public bool Healthy { get; private set; } = true;

    /// <summary>When it last finished a file (<see cref="Environment.TickCount64"/>), for the idle reaper.</summary>
    public long LastUsed { get; private set; } = Environment.TickCount64;

    /// <summary>The worker program beside Core's own assembly, where a build of the site, the CLI or the tests puts it.</summary>
    public static string? FindProgram()
    {
        var directory = Path.GetDirectoryName(typeof(PdfPigWorker).Assembly.Location);
        var path = directory is null ? null : Path.Combine(directory, AssemblyFile);
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Starts a worker and waits for it to say it is ready; throws <see cref="PdfWorkerStartException"/> otherwise.</summary>
    public static async Task<PdfPigWorker> StartAsync(string program, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_GCHeapHardLimit"] = Hex(options.PdfWorkerHeapLimitBytes),
            // The GC reserves address space for its regions up front; without a range sized to the heap limit, a
            // worker that has read a few files cannot map libssl to decrypt the next one under the address-space limit.
            ["DOTNET_GCRegionRange"] = Hex(2 * options.PdfWorkerHeapLimitBytes),
            ["DOTNET_gcServer"] = "0",
            // A stack overflow must end the worker at once, not write a core dump of it.
            ["DOTNET_DbgEnableMiniDump"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        Process process;
        try
        {
            process = ChildProcess.Start(DotnetHost.Path, [program], options.PdfWorkerAddressSpaceBytes, environment);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PdfWorkerStartException($"{DotnetHost.Path}: {e.Message}");
        }
        var worker = new PdfPigWorker(process, options);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.PdfWorkerStartTimeout);
        await using (limit.Token.Register(worker.Kill))
        {
            WorkerFrame? ready = null;
            try
            {
                ready = await WorkerFrames.ReadAsync<WorkerFrame>(process.StandardOutput.BaseStream, 4096, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
            }
            if (ready?.Kind == FrameKind.Ready)
            {
                return worker;
            }
            worker.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            var reason = limit.IsCancellationRequested
                ? $"pas prêt après {options.PdfWorkerStartTimeout.TotalSeconds:0} s / not ready after {options.PdfWorkerStartTimeout.TotalSeconds:0} s"
                : await worker.DeathAsync().ConfigureAwait(false);
            throw new PdfWorkerStartException(reason);
        }
    }

    private static string Hex(long value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

    /// <summary>Reads one file. Never throws for a bad file; throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public async Task<PdfPigReading> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.PdfPigTimeout(null));
        // Killing the process ends any read or write in progress, whatever the pipe stream does with tokens.
        await using var stop = limit.Token.Register(Kill);
        // Text is capped by the worker in UTF-8 bytes; JSON escaping at most doubles it (control characters are
        // dropped there), so anything beyond this is a worker out of control.
        var cap = 2L * _options.MaxOutputBytes + 64 * 1024;
        var received = 0L;
        var pages = new List<PdfPigPage>();
        var filePages = 0;
        WorkerMetadata? metadata = null;
        try
        {
            await WorkerFrames.WriteAsync(_process.StandardInput.BaseStream,
                new WorkerRequest(fullPath, _options.MaxPages, _options.MaxOutputBytes), CancellationToken.None).ConfigureAwait(false);
            while (true)
            {
                var frame = await WorkerFrames.ReadAsync<WorkerFrame>(_process.StandardOutput.BaseStream, (int)Math.Min(cap, int.MaxValue), CancellationToken.None)
                    .ConfigureAwait(false);
                if (frame is null)
                {
                    return await EndedAsync(limit, clock, cancellationToken).ConfigureAwait(false);
                }
                switch (frame.Kind)
                {
                    case FrameKind.Opened:
                        filePages = frame.Number;
                        metadata = frame.Metadata;
                        // Now that the page count is known, the file gets the time its length calls for.
                        var left = _options.PdfPigTimeout(filePages) - clock.Elapsed;
                        limit.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                        break;
                    case FrameKind.Page:
                        received += Encoding.UTF8.GetByteCount(frame.Text ?? "");
                        if (received > cap)
                        {
                            Kill();
                            return Failed(ExtractorFailureKind.OutputCap,
                                $"PdfPig a envoyé plus de {cap} octets / PdfPig sent more than {cap} bytes");
                        }
                        pages.Add(new PdfPigPage(frame.Number, frame.Text ?? "", frame.Glyphs));
                        break;
                    case FrameKind.Done:
                        LastUsed = Environment.TickCount64;
                        return new PdfPigReading(null, filePages, pages, frame.Truncated, metadata);
                    case FrameKind.Failed when frame.Error == nameof(OutOfMemoryException):
                        // The worker ends itself after this; wait for it so the next file gets a fresh one.
                        Healthy = false;
                        return Failed(ExtractorFailureKind.OutOfMemory,
                            $"PdfPig a atteint sa limite de mémoire ({_options.PdfWorkerHeapLimitBytes >> 20} Mio) / PdfPig reached its memory limit ({_options.PdfWorkerHeapLimitBytes >> 20} MiB)");
                    case FrameKind.Failed:
                        LastUsed = Environment.TickCount64;
                        return Failed(ExtractorFailureKind.Threw, $"PdfPig : {frame.Error}: {frame.Message}");
                    default:
                        Kill();
                        return Failed(ExtractorFailureKind.Crashed, $"PdfPig : réponse inattendue / unexpected frame {frame.Kind}");
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException or InvalidOperationException)
        {
            // A broken pipe or a torn frame: the worker died, was killed by the timer, or sent garbage.
            Kill();
            if (e is InvalidDataException && !limit.IsCancellationRequested)
            {
                return Failed(ExtractorFailureKind.Crashed, "PdfPig : " + e.Message);
            }
            return await EndedAsync(limit, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PdfPigReading> EndedAsync(CancellationTokenSource limit, Stopwatch clock, CancellationToken cancellationToken)
    {
        Healthy = false;
        cancellationToken.ThrowIfCancellationRequested();
        if (limit.IsCancellationRequested)
        {
            await WaitForExitAsync().ConfigureAwait(false);
            return Failed(ExtractorFailureKind.TimedOut,
                $"PdfPig arrêté après {clock.Elapsed.TotalSeconds:0.#} s / PdfPig stopped after {clock.Elapsed.TotalSeconds:0.#} s");
        }
        return Failed(ExtractorFailureKind.Crashed, await DeathAsync().ConfigureAwait(false));
    }

    /// <summary>How the worker ended: its exit code and the first line it wrote to stderr ("Stack overflow.").</summary>
    private async Task<string> DeathAsync()
    {
        await WaitForExitAsync().ConfigureAwait(false);
        string code;
        try
        {
            code = _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
        }
        catch (InvalidOperationException)
        {
            // The pool was disposed and let the process go while this file was read.
            code = "?";
        }
        var (stderr, _) = await _stderr.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (line.Length > 200)
        {
            line = line[..200] + "…";
        }
        return line.Length > 0
            ? $"PdfPig s'est arrêté (code {code} : {line}) / PdfPig died (exit code {code}: {line})"
            : $"PdfPig s'est arrêté (code {code}) / PdfPig died (exit code {code})";
    }

    private async Task WaitForExitAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A process that ignores SIGKILL for 10 s is the kernel's business; it is reported as crashed anyway.
        }
    }

    private PdfPigReading Failed(ExtractorFailureKind kind, string detail)
    {
        if (kind != ExtractorFailureKind.Threw)
        {
            Healthy = false;
        }
        return new PdfPigReading(new ExtractorFailure(TextExtractor.PdfPig, kind, detail));
    }

    private void Kill()
    {
        Healthy = false;
        ChildProcess.Kill(_process);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Kill();
        try
        {
            // Reap it, so no zombie is left for the process table.
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Already reaped.
        }
        // The Process object is not disposed: a reader still busy with this worker may ask it how it ended.
    }
}

/// <summary>The worker could not be started or did not say it was ready.</summary>
internal sealed class PdfWorkerStartException(string message) : Exception(message);

/// <summary>The <c>dotnet</c> host that runs the worker: the one running this process.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        // Run through `dotnet …` (tests, `dotnet run`, `dotnet x.dll`): the host is this process's own executable.
        if (Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }
        // Run through an apphost (mmm-statements): the runtime's directory is DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION.
        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var root = Directory.GetParent(runtime.TrimEnd('/'))?.Parent?.Parent?.FullName;
        var candidate = root is null ? null : System.IO.Path.Combine(root, "dotnet");
        return candidate is not null && File.Exists(candidate) ? candidate : "dotnet";
    }
}

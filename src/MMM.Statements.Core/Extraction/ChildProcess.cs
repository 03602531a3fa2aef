using System.Diagnostics;
using System.Text;

namespace MMM.Statements.Extraction;

/// <summary>Bounds on one child process: wall-clock time, address space and how much of its output is kept.</summary>
public sealed record ProcessLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>RLIMIT_AS in bytes, applied through <c>prlimit</c>; null for no limit.</summary>
    public long? MemoryLimitBytes { get; init; }

    /// <summary>Bytes of stdout kept; the process is stopped once it writes more.</summary>
    public int MaxStdoutBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Characters of stderr kept; the rest is read and dropped so the pipe never fills.</summary>
    public int MaxStderrChars { get; init; } = 16 * 1024;
}

/// <summary>How a child process ended.</summary>
public sealed record ChildProcessResult(
    int ExitCode,
    byte[] Stdout,
    bool StdoutTruncated,
    string Stderr,
    int StderrLines,
    bool TimedOut)
{
    /// <summary>The first non-empty line of stderr, or an empty string.</summary>
    public string FirstStderrLine =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}

/// <summary>
/// Runs a program with an argument list (never a shell), drains both pipes concurrently with caps so a chatty child
/// cannot deadlock us or fill memory, and kills the whole process tree on timeout so nothing is left behind.
/// A program that cannot be started (not installed) throws <see cref="System.ComponentModel.Win32Exception"/>: that is
/// a broken installation, caught by the start-up health check, not a bad file.
/// </summary>
public static class ChildProcess
{
    private const string Prlimit = "/usr/bin/prlimit";

    public static Task<ChildProcessResult> RunAsync(
        string fileName, IReadOnlyList<string> arguments, ProcessLimits limits, CancellationToken cancellationToken) =>
        RunAsync(fileName, arguments, limits, environment: null, cancellationToken);

    /// <summary>Runs the program with <paramref name="environment"/> added to ours (e.g. a thread limit).</summary>
    public static async Task<ChildProcessResult> RunAsync(
        string fileName, IReadOnlyList<string> arguments, ProcessLimits limits,
        IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(limits);

        var start = StartInfo(fileName, arguments, limits.MemoryLimitBytes, environment);
        using var process = new Process { StartInfo = start };
        process.Start();
        process.StandardInput.Close();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);

        var stdoutTask = ReadCappedAsync(process.StandardOutput.BaseStream, limits.MaxStdoutBytes, () => Kill(process));
        var stderrTask = ReadStderrAsync(process.StandardError, limits.MaxStderrChars);

        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            // Reap the child so no zombie is left, whatever the reason we stopped.
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        var (stdout, truncated) = await stdoutTask.ConfigureAwait(false);
        var (stderr, lines) = await stderrTask.ConfigureAwait(false);
        return new ChildProcessResult(process.ExitCode, stdout, truncated, stderr, lines, timedOut);
    }

    /// <summary>
    /// Starts a long-lived child under the same jail (argument list, address-space limit, redirected pipes) for a
    /// caller that talks to it over stdin and stdout; the caller drains stderr (<see cref="ReadStderrAsync"/>),
    /// bounds each exchange in time, and ends it with <see cref="Kill"/>.
    /// </summary>
    internal static Process Start(
        string fileName, IReadOnlyList<string> arguments, long? memoryLimitBytes, IReadOnlyDictionary<string, string> environment)
    {
        var process = new Process { StartInfo = StartInfo(fileName, arguments, memoryLimitBytes, environment) };
        process.Start();
        return process;
    }

    private static ProcessStartInfo StartInfo(
        string fileName, IReadOnlyList<string> arguments, long? memoryLimitBytes, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // prlimit sets the limit on itself and then execs the program, so the pid we hold is the program's own.
        if (memoryLimitBytes is { } memory && File.Exists(Prlimit))
        {
            start.FileName = Prlimit;
            start.ArgumentList.Add($"--as={memory}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(fileName);
        }
        else
        {
            start.FileName = fileName;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>Kills the process and everything it started; a process that already ended is left alone.</summary>
    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or AggregateException)
        {
            // A process of the tree ended while it was being killed; what is left is already gone or going.
        }
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadCappedAsync(Stream stream, int cap, Action onOverflow)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        var truncated = false;
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var room = cap - (int)kept.Length;
            if (read > room)
            {
                kept.Write(buffer, 0, Math.Max(room, 0));
                if (!truncated)
                {
                    truncated = true;
                    onOverflow();
                }
                continue;
            }
            kept.Write(buffer, 0, read);
        }
        return (kept.ToArray(), truncated);
    }

    internal static async Task<(string Text, int Lines)> ReadStderrAsync(StreamReader reader, int cap)
    {
        var kept = new StringBuilder();
        var lines = 0;
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    lines++;
                }
            }
            var room = cap - kept.Length;
            if (room > 0)
            {
                kept.Append(buffer, 0, Math.Min(room, read));
            }
        }
        if (kept.Length > 0 && kept[^1] != '\n' && lines == 0)
        {
            lines = 1;
        }
        return (kept.ToString(), lines);
    }
}

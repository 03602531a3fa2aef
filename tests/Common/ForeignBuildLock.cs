using System.Diagnostics;

namespace MMM.Statements.Tests;

/// <summary>
/// The build lock of an index folder held by another live process, as a build in another process holds it: util-linux
/// <c>flock --shared</c> keeps a shared lock on <c>build.lock</c> (which names its pid) until disposed, which kills it.
/// With <c>--close</c>, the command it runs does not inherit the lock: the lock dies with the <c>flock</c> process.
/// </summary>
internal sealed class ForeignBuildLock : IDisposable
{
    private readonly Process _process;

    private ForeignBuildLock(Process process, string path)
    {
        _process = process;
        Path = path;
    }

    public string Path { get; }

    public int ProcessId => _process.Id;

    public static async Task<ForeignBuildLock> TakeAsync(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = System.IO.Path.Combine(indexDirectory, "build.lock");
        var start = new ProcessStartInfo("flock") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "--shared", "--nonblock", "--close", path, "sh", "-c", "echo held; exec sleep 120" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync();
        if (line != "held")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"flock could not take {path} (exit {(process.HasExited ? process.ExitCode : -1)})");
        }
        await File.WriteAllTextAsync(path, process.Id + "\n");
        return new ForeignBuildLock(process, path);
    }

    /// <summary>Kills the holder (and the command it runs), as a crash would: the file stays, nobody holds it.</summary>
    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}

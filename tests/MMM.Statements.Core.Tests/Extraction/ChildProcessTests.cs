using System.Diagnostics;
using MMM.Statements.Extraction;

namespace MMM.Statements.Tests.Extraction;

[Collection(ChildProcessCollection.Name)]
public sealed class ChildProcessTests
{
    [Fact]
    public async Task TimeoutKillsTheWholeProcessTreeAndReapsIt()
    {
        // A unique duration marks the grandchild so we can look for it afterwards.
        const string marker = "97.531";
        var clock = Stopwatch.StartNew();

        var result = await ChildProcess.RunAsync("/bin/sh", ["-c", $"sleep {marker} & sleep {marker}; wait"], new ProcessLimits { Timeout = TimeSpan.FromSeconds(1) }, CancellationToken.None);

        Assert.True(result.TimedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        await Task.Delay(200);
        Assert.DoesNotContain(ProcessTable.Snapshot(), p => p.CommandLine.Contains("sleep " + marker));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("sh"));
    }

    [Fact]
    public async Task StdoutBeyondTheCapIsCutAndTheWriterStopped()
    {
        var result = await ChildProcess.RunAsync("/usr/bin/head", ["-c", "200000000", "/dev/zero"], new ProcessLimits { MaxStdoutBytes = 1_000_000 }, CancellationToken.None);

        Assert.True(result.StdoutTruncated);
        Assert.Equal(1_000_000, result.Stdout.Length);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task MemoryLimitStopsAProgramThatAllocatesTooMuch()
    {
        string[] allocate = ["-c", "b = bytearray(600 * 1024 * 1024); print(len(b))"];

        var limited = await ChildProcess.RunAsync("python3", allocate, new ProcessLimits { MemoryLimitBytes = 256L * 1024 * 1024 }, CancellationToken.None);
        var unlimited = await ChildProcess.RunAsync("python3", allocate, new ProcessLimits(), CancellationToken.None);

        Assert.NotEqual(0, limited.ExitCode);
        Assert.Contains("MemoryError", limited.Stderr);
        Assert.Equal(0, unlimited.ExitCode);
    }

    [Fact]
    public async Task ArgumentsReachTheProgramVerbatimWithoutAShell()
    {
        var result = await ChildProcess.RunAsync("/bin/echo", ["$HOME; rm -rf /tmp/x", "'quoted' \"double\""], new ProcessLimits(), CancellationToken.None);

        Assert.Equal("$HOME; rm -rf /tmp/x 'quoted' \"double\"\n", System.Text.Encoding.UTF8.GetString(result.Stdout));
    }
}

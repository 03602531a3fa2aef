using System.Diagnostics;
using MMM.Statements.Search;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Cli.Tests;

/// <summary>
/// Crash consistency: the real <c>mmm-statements index</c> process is killed with SIGKILL at random moments of a
/// full rebuild, again and again. After every kill the index opens, passes verify, and holds exactly the old or
/// the new build's statements; the next build cleans what the killed one left.
/// </summary>
public sealed class IndexCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string LockFileName = "build.lock";

    private readonly string _root = TestPaths.NewTempDirectory("mmm-crash");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task KilledBuildsAlwaysLeaveTheOldOrTheNewIndexServing()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MMM_CRASH_ITERATIONS"), out var k) ? k : 20;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MMM_CRASH_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"seed {seed}, {iterations} kills (MMM_CRASH_SEED / MMM_CRASH_ITERATIONS to replay)");
        var random = new Random(seed);
        var source = Path.Combine(_root, "statements");
        var index = Path.Combine(_root, "index");
        CopySample(source, 12);
        var extra = Path.Combine(source, "extra.html");

        Assert.Equal(0, await RunIndex(source, index, killAfter: null));
        var build = Stopwatch.StartNew();
        Assert.Equal(0, await RunIndex(source, index, killAfter: null, full: true));
        var fullBuild = build.Elapsed;
        output.WriteLine($"a full build takes {fullBuild.TotalMilliseconds:0} ms");
        int Count()
        {
            using var live = new StatementIndex(index);
            Assert.Empty(live.Verify());
            return live.Info!.Statements;
        }
        var killedMidway = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = Count();
            // Every build changes the statement count, so old and new builds can be told apart.
            if (File.Exists(extra))
            {
                File.Delete(extra);
            }
            else
            {
                await File.WriteAllTextAsync(extra, $"<!doctype html><html lang=\"fr\"><head><title>Note {i}</title></head><body><article><h1>Note {i}</h1><p>Une note ajoutée pour l’essai numéro {i} sur les mères et le travail de soin.</p></article></body></html>");
            }
            var after = File.Exists(extra) ? before + 1 : before - 1;
            // Up to well past a build's length, so that kills land in every stage, the switch included, and some builds finish.
            var delay = TimeSpan.FromMilliseconds(random.Next(0, (int)(fullBuild.TotalMilliseconds * 2.5)));
            var exit = await RunIndex(source, index, delay, full: true);
            var count = Count();
            output.WriteLine($"kill {i}: after {delay.TotalMilliseconds:0} ms, exit {exit}, statements {before} → {count} (new build {after})");
            Assert.True(count == before || count == after, $"kill {i}: {count} statements, expected {before} or {after}");
            if (exit != 0)
            {
                killedMidway++;
            }
            // Bring the index to the folder's state before the next kill.
            Assert.Equal(0, await RunIndex(source, index, killAfter: null));
            Assert.Equal(after, Count());
            Assert.False(File.Exists(Path.Combine(index, LockFileName)));
            var files = Directory.GetFiles(index, "index-*.db");
            Assert.True(files.Length <= 2, $"left behind: {string.Join(", ", files.Select(Path.GetFileName))}");
        }
        output.WriteLine($"{killedMidway} of {iterations} builds were killed before they finished");
        Assert.True(killedMidway > 0, "no build was killed: the kill window missed every build");
    }

    /// <summary>
    /// G7's aimed kills: the CLI pauses at the switch (<c>MMM_STATEMENTS_PAUSE_BEFORE_PUBLISH</c>, or just after the
    /// pointer moved with <c>MMM_STATEMENTS_PAUSE_AFTER_PUBLISH</c>) and is SIGKILLed there. Killed before, the index
    /// still holds exactly the old build; killed after, exactly the new one; either way it verifies, and the next
    /// build leaves no orphan file and no lock. K = 10 in CI; <c>MMM_SWITCH_KILLS=50</c> by hand.
    /// </summary>
    [Fact]
    public async Task BuildsKilledInTheSwitchWindowLeaveExactlyTheOldOrTheNewIndex()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MMM_SWITCH_KILLS"), out var k) && k > 0 ? k : 10;
        output.WriteLine($"{iterations} kills aimed at the switch (MMM_SWITCH_KILLS to change); every third one just after the pointer moved");
        var source = Path.Combine(_root, "statements");
        var index = Path.Combine(_root, "index");
        var marker = Path.Combine(_root, "paused");
        CopySample(source, 12);
        var extra = Path.Combine(source, "extra.html");
        Assert.Equal(0, await RunIndex(source, index, killAfter: null));
        int Count()
        {
            using var live = new StatementIndex(index);
            Assert.Empty(live.Verify());
            return live.Info!.Statements;
        }

        int killedBefore = 0, killedAfter = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = Count();
            var livePath = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
            if (File.Exists(extra))
            {
                File.Delete(extra);
            }
            else
            {
                await File.WriteAllTextAsync(extra, $"<!doctype html><html lang=\"fr\"><head><title>Note {i}</title></head><body><article><h1>Note {i}</h1><p>Une note ajoutée pour l’essai numéro {i} sur les mères et le travail de soin.</p></article></body></html>");
            }
            var after = File.Exists(extra) ? before + 1 : before - 1;
            var afterSwitch = i % 3 == 2;

            var (exit, killedBuild) = await RunIndexKilledAtSwitch(source, index, marker,
                afterSwitch ? "MMM_STATEMENTS_PAUSE_AFTER_PUBLISH" : "MMM_STATEMENTS_PAUSE_BEFORE_PUBLISH");
            Assert.NotEqual(0, exit);
            var pointer = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
            var count = Count();
            output.WriteLine($"kill {i} {(afterSwitch ? "after" : "before")} the switch: exit {exit}, pointer {(pointer == livePath ? "unchanged" : "moved")}, statements {before} → {count} (new build {after})");
            if (afterSwitch)
            {
                // The pointer had moved and was synced: the new build serves.
                Assert.Equal(killedBuild, pointer);
                Assert.Equal(after, count);
                killedAfter++;
            }
            else
            {
                // The pointer never moved: the old build serves, and the new file is an orphan.
                Assert.Equal(livePath, pointer);
                Assert.Equal(before, count);
                Assert.True(File.Exists(Path.Combine(index, killedBuild)), "the killed build's file should still be there until the next build");
                killedBefore++;
            }
            Assert.Equal(0, await RunVerify(index));

            Assert.Equal(0, await RunIndex(source, index, killAfter: null));
            Assert.Equal(after, Count());
            if (!afterSwitch)
            {
                Assert.False(File.Exists(Path.Combine(index, killedBuild)), $"orphan left: {killedBuild}");
            }
            AssertOnlyLiveAndPreviousIndexRemain(index);
        }
        output.WriteLine($"{killedBefore} killed just before the pointer moved, {killedAfter} just after; every time the index verified with the expected count");
    }

    /// <summary>
    /// A build killed the instant its lock appears, or the instant the file it writes the lock from appears, leaves
    /// nothing that stops the next build: the lock names a dead process (never an empty lock that looks held) and
    /// the next build cleans the rest. A process just started takes tens of milliseconds to write its first bytes, so
    /// a lock created empty and written afterwards is caught empty here.
    /// </summary>
    [Fact]
    public async Task ABuildKilledAsItTakesTheLockDoesNotStopTheNext()
    {
        var source = Path.Combine(_root, "statements");
        var index = Path.Combine(_root, "index");
        CopySample(source, 3);
        Assert.Equal(0, await RunIndex(source, index, killAfter: null));
        for (var i = 0; i < 8; i++)
        {
            // Alternately the lock itself and the temporary file it is made from.
            var pattern = i % 2 == 0 ? LockFileName : LockFileName + ".*.tmp";
            using var process = Process.Start(IndexStart(source, index, full: true))!;
            var drainOut = process.StandardOutput.ReadToEndAsync();
            var drainErr = process.StandardError.ReadToEndAsync();
            var seen = false;
            while (!process.HasExited && !(seen = Directory.Exists(index) && Directory.EnumerateFiles(index, pattern).Any()))
            {
                Thread.SpinWait(100);
            }
            // The build has no child process: a plain SIGKILL, sent at once (walking a process tree first takes milliseconds).
            process.Kill();
            await process.WaitForExitAsync();
            await Task.WhenAll(drainOut, drainErr);
            output.WriteLine($"kill {i} when {pattern} appeared: {(seen ? "seen" : "not seen, the build ended first")}, exit {process.ExitCode}");

            Assert.Equal(0, await RunIndex(source, index, killAfter: null));
            Assert.Equal(0, await RunVerify(index));
            Assert.Empty(Directory.GetFiles(index, LockFileName + "*"));
        }
    }

    /// <summary>After a completed build: the pointer, the live file and at most the previous one (with SQLite's companions), nothing else.</summary>
    private static void AssertOnlyLiveAndPreviousIndexRemain(string index)
    {
        var live = File.ReadAllText(Path.Combine(index, "CURRENT")).Trim();
        Assert.True(File.Exists(Path.Combine(index, live)), $"the pointer names a missing file: {live}");
        var databases = Directory.GetFiles(index, "index-*.db").Select(Path.GetFileName).ToList();
        Assert.Contains(live, databases);
        Assert.True(databases.Count <= 2, $"left behind: {string.Join(", ", databases)}");
        foreach (var name in Directory.GetFiles(index).Select(f => Path.GetFileName(f)!))
        {
            var owner = name.EndsWith("-wal", StringComparison.Ordinal) || name.EndsWith("-shm", StringComparison.Ordinal) ? name[..^4] : name;
            Assert.True(name == "CURRENT" || databases.Contains(owner), $"stray file in the index directory: {name}");
        }
    }

    /// <summary>Runs a full build that pauses at the switch, waits for the marker, SIGKILLs it. Returns the exit code and the killed build's file name.</summary>
    private static async Task<(int Exit, string IndexFile)> RunIndexKilledAtSwitch(string source, string index, string marker, string variable)
    {
        File.Delete(marker);
        var start = CliStart("index", "--source", source, "--index", index, "--full");
        start.Environment[variable] = marker;
        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        // Only a guard against a build that never reaches the switch; a full build of 13 pages takes a few seconds.
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(marker))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                Assert.Fail($"the build never paused at the switch (exit {(process.HasExited ? process.ExitCode : -1)}): {await drainErr}");
            }
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        var killed = Path.GetFileName(File.ReadAllText(marker).Trim());
        File.Delete(marker);
        return (process.ExitCode, killed);
    }

    private static async Task<int> RunVerify(string index)
    {
        using var process = Process.Start(CliStart("verify", "--index", index))!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return process.ExitCode;
    }

    private static ProcessStartInfo CliStart(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mmm-statements.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    private static void CopySample(string target, int count)
    {
        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(target, "taxonomy.json"));
        foreach (var file in Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories).Order().Take(count))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>
    /// Runs the built CLI as a child process; kills it with SIGKILL after <paramref name="killAfter"/>. Returns the exit
    /// code (137 when killed); what a build that failed on its own printed goes to the test's output.
    /// </summary>
    private async Task<int> RunIndex(string source, string index, TimeSpan? killAfter, bool full = false)
    {
        using var process = Process.Start(IndexStart(source, index, full))!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var timeout = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        if (process.ExitCode is not (0 or 137))
        {
            output.WriteLine($"the build failed (exit {process.ExitCode}): {await drainErr}");
        }
        return process.ExitCode;
    }

    private static ProcessStartInfo IndexStart(string source, string index, bool full)
    {
        var start = CliStart("index", "--source", source, "--index", index);
        if (full)
        {
            start.ArgumentList.Add("--full");
        }
        return start;
    }
}

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
    private readonly string _root = TestPaths.NewTempDirectory("mmm-crash");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // 12 kills a run (MMM_CRASH_ITERATIONS raises the count by hand).
    [Fact]
    public async Task KilledBuildsAlwaysLeaveTheOldOrTheNewIndexServing()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("MMM_CRASH_ITERATIONS"), out var k) ? k : 12;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MMM_CRASH_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"seed {seed}, {iterations} kills (MMM_CRASH_SEED / MMM_CRASH_ITERATIONS to replay)");
        var random = new Random(seed);
        var source = Path.Combine(_root, "statements");
        var index = Path.Combine(_root, "index");
        CopySample(source, 12);
        var extra = Path.Combine(source, "extra.html");

        Assert.Equal(0, await RunIndex(output, source, index, killAfter: null));
        var build = Stopwatch.StartNew();
        Assert.Equal(0, await RunIndex(output, source, index, killAfter: null, full: true));
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
            // Every other kill within a build's length, so that each run kills builds midway; the others up to well past
            // it, so that kills land in every stage, the switch included, and some builds finish.
            var delay = TimeSpan.FromMilliseconds(random.Next(0, (int)(fullBuild.TotalMilliseconds * (i % 2 == 0 ? 1 : 2.5))));
            var exit = await RunIndex(output, source, index, delay, full: true);
            var count = Count();
            output.WriteLine($"kill {i}: after {delay.TotalMilliseconds:0} ms, exit {exit}, statements {before} → {count} (new build {after})");
            Assert.True(count == before || count == after, $"kill {i}: {count} statements, expected {before} or {after}");
            if (exit != 0)
            {
                killedMidway++;
            }
            // Bring the index to the folder's state before the next kill.
            Assert.Equal(0, await RunIndex(output, source, index, killAfter: null));
            Assert.Equal(after, Count());
            Assert.Equal(0, await RunVerify(index));
        }
        output.WriteLine($"{killedMidway} of {iterations} builds were killed before they finished");
        Assert.True(killedMidway > 0, "no build was killed: the kill window missed every build");
    }

    internal static async Task<(int Exit, string Stderr)> RunIndexCapturing(string source, string index)
    {
        using var process = Process.Start(IndexStart(source, index, full: true))!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await drainOut;
        return (process.ExitCode, await drainErr);
    }

    internal static async Task<int> RunVerify(string index)
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

    internal static void CopySample(string target, int count)
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
    internal static async Task<int> RunIndex(ITestOutputHelper output, string source, string index, TimeSpan? killAfter, bool full = false)
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

/// <summary>
/// Two real <c>mmm-statements index --full</c> processes started together on one index: one writes, the other says
/// so and changes nothing, and the index verifies. A class of its own, so that it runs beside the kill loop.
/// </summary>
public sealed class ConcurrentIndexBuildTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-two-builds");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TwoBuildsAtOnceNeverDamageTheIndex()
    {
        var source = Path.Combine(_root, "statements");
        var index = Path.Combine(_root, "index");
        IndexCrashTests.CopySample(source, 12);
        Assert.Equal(0, await IndexCrashTests.RunIndex(output, source, index, killAfter: null));

        for (var round = 0; round < 3; round++)
        {
            // Two full builds started together: Lucene's write lock lets one write; the other says so and changes nothing.
            var first = IndexCrashTests.RunIndexCapturing(source, index);
            var second = IndexCrashTests.RunIndexCapturing(source, index);
            var results = await Task.WhenAll(first, second);

            Assert.Contains(results, r => r.Exit == 0);
            foreach (var (exit, stderr) in results.Where(r => r.Exit != 0))
            {
                Assert.Contains("writing this index", stderr);
            }
            Assert.Equal(0, await IndexCrashTests.RunVerify(index));
            using var live = new StatementIndex(index);
            Assert.Equal(12, live.Info!.Statements);
        }
    }
}

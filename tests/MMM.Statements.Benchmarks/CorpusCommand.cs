using System.Diagnostics;

namespace MMM.Statements.Benchmarks;

/// <summary><c>bench corpus</c>: runs the shared generator, so both engines read the very same statements and queries.</summary>
internal static class CorpusCommand
{
    public static int Run(BenchArgs args)
    {
        var docs = args.Int("docs", 0, min: 1);
        var output = args.Get("out") ?? throw new BenchUsageException("--out DIR is required");
        if (docs == 0)
        {
            throw new BenchUsageException("--docs N is required");
        }
        var generator = Path.Combine(SharedPaths.Bench(args.Get("shared-bench")), "corpus", "gen.py");
        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        foreach (var arg in new[] { generator, "--seed", args.Get("seed") ?? "42", "--docs", docs.ToString(), "--out", output, "--jobs", args.Get("jobs") ?? "2" })
        {
            start.ArgumentList.Add(arg);
        }
        Console.Error.WriteLine($"bench: python3 {string.Join(' ', start.ArgumentList)}");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        process.WaitForExit();
        Console.Error.WriteLine($"bench: corpus generation took {clock.Elapsed.TotalSeconds:F1} s (exit {process.ExitCode})");
        return process.ExitCode;
    }
}

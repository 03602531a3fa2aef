using System.Diagnostics;
using System.Text;
using MMM.Statements.Analysis;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// <c>bench analyze [DIR] [--passes N]</c>: French analysis throughput, single-threaded, on the roman19 novels
/// (<c>../shared/data/text/roman19</c> unless DIR is given), in MB of UTF-8 input per second.
/// </summary>
public static class AnalysisBenchmark
{
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var passes = 3;
        string? dir = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p > 0)
            {
                passes = p;
                i++;
            }
            else
            {
                dir = args[i];
            }
        }
        dir ??= FindRoman19();
        if (dir is null || !Directory.Exists(dir))
        {
            Console.Error.WriteLine("bench analyze: roman19 folder not found; pass it as an argument");
            return 2;
        }

        // One document per paragraph, as the indexer sees statements of a few kilobytes.
        var documents = Directory.GetFiles(dir, "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("readme", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .ToArray();
        var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        var analyzer = TextAnalyzer.For("fr");

        // The first pass also pays for JIT and fills the analyzer's memory of stemmed words, as a fresh indexer would.
        long tokens = 0;
        var first = Stopwatch.StartNew();
        foreach (var d in documents)
        {
            tokens += analyzer.Analyze(d).Count;
        }
        var firstSeconds = first.Elapsed.TotalSeconds;

        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                analyzer.Analyze(d);
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        var megabytes = bytes / 1_000_000.0;
        Console.WriteLine($"analysis (fr, roman19): {documents.Length} paragraphs, {megabytes:F1} MB, {tokens} tokens");
        Console.WriteLine($"first pass (cold): {firstSeconds:F2} s, {megabytes / firstSeconds:F1} MB/s");
        Console.WriteLine($"best of {passes} further passes: {best:F2} s, {megabytes / best:F1} MB/s, {tokens / best / 1e6:F2} M tokens/s");
        return 0;
    }

    private static string? FindRoman19()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "shared", "data", "text", "roman19");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
                candidate = Path.Combine(d.FullName, "..", "shared", "data", "text", "roman19");
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        return null;
    }
}

using System.Diagnostics;
using System.Globalization;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Lucene's figures measured in the same run: starts the shared harness (<c>lucene-java/run.sh DIR R W THREADS</c>),
/// keeps its output beside the corpus (<c>lucene.out</c>, <c>lucene.err</c>) and reads its <c>RESULT</c> lines and its
/// per-query <c>HITS</c> lines.
/// </summary>
internal sealed record LuceneRun(Figures Figures, IReadOnlyDictionary<string, long> Hits, TimeSpan Wall)
{
    public static LuceneRun Start(string sharedBench, string corpusDirectory, int reps, int warmup, int threads)
    {
        var script = Path.Combine(sharedBench, "lucene-java", "run.sh");
        if (!File.Exists(script))
        {
            throw new BenchUsageException($"{script} does not exist");
        }
        var start = new ProcessStartInfo(script)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { corpusDirectory, reps.ToString(CultureInfo.InvariantCulture), warmup.ToString(CultureInfo.InvariantCulture), threads.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        Console.Error.WriteLine($"bench: {script} {string.Join(' ', start.ArgumentList)}");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{script} could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var errorText = errors.GetAwaiter().GetResult();
        File.WriteAllText(Path.Combine(corpusDirectory, "lucene.out"), output);
        File.WriteAllText(Path.Combine(corpusDirectory, "lucene.err"), errorText);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the Lucene harness failed (exit {process.ExitCode}); see {corpusDirectory}/lucene.err");
        }
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in errorText.Split('\n'))
        {
            if (!line.StartsWith("HITS\t", StringComparison.Ordinal))
            {
                continue;
            }
            var tab = line.LastIndexOf('\t');
            if (tab > 5 && long.TryParse(line[(tab + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                hits[line[5..tab].Trim()] = count;
            }
        }
        return new LuceneRun(Figures.Parse(output.Split('\n')), hits, clock.Elapsed);
    }
}

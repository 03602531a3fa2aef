using System.Globalization;
using System.Runtime;
using MMM.Statements.Search;

namespace MMM.Statements.Benchmarks;

/// <summary>Everything one <c>bench search</c> run measured, and on what, for the report.</summary>
internal sealed class RunRecord(string corpus, string command, int reps, int warmup, IReadOnlyList<int> threads, int indexParallelism)
{
    public string Corpus { get; } = corpus;
    public string Command { get; } = command;
    public int Reps { get; } = reps;
    public int Warmup { get; } = warmup;
    public IReadOnlyList<int> Threads { get; } = threads;
    public int IndexParallelism { get; } = indexParallelism;
    public DateTime StartedUtc { get; } = DateTime.UtcNow;
    public string LoadAtStart { get; } = LoadAverage();
    public string LoadAfterOurs { get; set; } = "";
    public string LoadAfterLucene { get; set; } = "";
    public Figures Ours { get; } = new();
    public Dictionary<string, (int Total, IReadOnlyList<SearchNotice> Notices)> OurHits { get; } = new(StringComparer.Ordinal);
    public Dictionary<BenchMode, Dictionary<string, long>> PerQueryMean { get; } = [];
    public LuceneRun? Lucene { get; set; }

    /// <summary>The 1, 5 and 15 minute load averages, as <c>uptime</c> shows them.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(", ", parts.Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string Machine()
    {
        string cpu = "?";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        }
        catch (IOException)
        {
        }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {memory:F0} GiB, {Environment.OSVersion}, .NET {Environment.Version}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC{(GCSettings.LatencyMode == GCLatencyMode.Interactive ? " (concurrent)" : "")}");
    }
}

using System.Diagnostics.Tracing;
using MMM.Statements.Search;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// What a search allocates, by type: the runtime's allocation samples (one event about every 100 KB allocated, naming
/// the type of the object that crossed the mark) over one pass of the 200 queries per mode, on one thread, against
/// DIR/mmm-index as the search bench left it. Allocation is what the garbage collector must reclaim, and what
/// keeps searches from scaling to two threads; unlike a time, the machine's load does not change it.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(BenchArgs args)
    {
        var corpus = Path.GetFullPath(args.Positional.FirstOrDefault() ?? throw new BenchUsageException("allocations: DIR is required"));
        var indexDirectory = Path.Combine(corpus, "mmm-index");
        if (!SearchCommand.HasCommit(indexDirectory))
        {
            throw new BenchUsageException($"allocations: no index in {indexDirectory} (run `bench search {corpus}` first)");
        }
        var top = args.Int("top", 12, min: 1);
        var queries = QuerySet.Load(corpus);
        using var index = new StatementIndex(indexDirectory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(5), RefreshInterval = TimeSpan.FromHours(1) });
        var timer = new QueryTimer(index, queries);
        timer.WarmUp(1);
        foreach (var mode in BenchModes.All)
        {
            using var samples = new AllocationSamples();
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var query in queries.Queries)
            {
                timer.Run(mode, query);
            }
            var perQuery = (GC.GetAllocatedBytesForCurrentThread() - before) / queries.Queries.Count;
            Console.WriteLine($"{mode.Label()}: {perQuery / 1024} KB allocated a query");
            var sampled = samples.ByType();
            var total = Math.Max(1, sampled.Values.Sum());
            foreach (var (type, bytes) in sampled.OrderByDescending(t => t.Value).Take(top))
            {
                Console.WriteLine($"  {100.0 * bytes / total,5:0.0}%  {type}");
            }
        }
        return 0;
    }

    private sealed class AllocationSamples : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
        private readonly object _gate = new();

        public Dictionary<string, long> ByType()
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_bytes, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: GCAllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || e.Payload is null)
            {
                return;
            }
            var name = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            lock (_gate)
            {
                _bytes[name] = _bytes.GetValueOrDefault(name) + amount;
            }
        }
    }
}

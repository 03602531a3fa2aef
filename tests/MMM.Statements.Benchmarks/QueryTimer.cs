using System.Diagnostics;
using MMM.Statements.Search;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Runs the queries against our index the way Lucene's harness runs them against Lucene: warm-up passes over every
/// mode, then per mode R timed passes (one timestamp pair per query; p50/p95/p99/mean and queries per second on one
/// thread), then per thread count a throughput run in which every thread runs all queries R times from its own
/// starting point.
/// </summary>
internal sealed class QueryTimer(StatementIndex index, QuerySet queries)
{
    private long _sink;

    /// <summary>Something derived from every result, printed once, so no result can be skipped as unused.</summary>
    public long Sink => Interlocked.Read(ref _sink);

    public void WarmUp(int passes)
    {
        for (var p = 0; p < passes; p++)
        {
            foreach (var mode in BenchModes.All)
            {
                foreach (var query in queries.Queries)
                {
                    Run(mode, query);
                }
            }
        }
    }

    /// <summary>One-thread latencies of a mode; also records each query's own latencies for the per-kind and per-query views.</summary>
    public (Latencies All, Dictionary<string, Latencies> ByKind, Dictionary<string, Latencies> ByQuery, long QueriesPerSecond, long AllocatedBytesPerQuery) Time(BenchMode mode, int reps)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var all = new Latencies();
        var byKind = new Dictionary<string, Latencies>(StringComparer.Ordinal);
        var byQuery = new Dictionary<string, Latencies>(StringComparer.Ordinal);
        var wall = Stopwatch.StartNew();
        for (var r = 0; r < reps; r++)
        {
            foreach (var query in queries.Queries)
            {
                var start = Stopwatch.GetTimestamp();
                Run(mode, query);
                var micros = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                all.Add(micros);
                Bucket(byKind, queries.KindOf(query)).Add(micros);
                Bucket(byQuery, query).Add(micros);
            }
        }
        var seconds = wall.Elapsed.TotalSeconds;
        // What a query allocates is what the garbage collector must reclaim: a figure the machine's load does not change.
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Math.Max(1, all.Count);
        return (all, byKind, byQuery, (long)(all.Count / seconds), allocated);
    }

    /// <summary>Queries per second with <paramref name="threads"/> threads sharing the one index.</summary>
    public long Throughput(BenchMode mode, int reps, int threads)
    {
        var list = queries.Queries;
        using var ready = new CountdownEvent(threads);
        using var go = new ManualResetEventSlim(false);
        var counts = new int[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var offset = t * list.Count / threads;
            ready.Signal();
            go.Wait();
            for (var r = 0; r < reps; r++)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Run(mode, list[(i + offset) % list.Count]);
                    counts[t]++;
                }
            }
        }) { IsBackground = true, Name = $"bench-{t}" }).ToList();
        workers.ForEach(w => w.Start());
        ready.Wait();
        var wall = Stopwatch.StartNew();
        go.Set();
        workers.ForEach(w => w.Join());
        return (long)(counts.Sum() / wall.Elapsed.TotalSeconds);
    }

    public SearchResult Run(BenchMode mode, string query)
    {
        var result = index.Search(mode.Request(query));
        long sink = result.Hits.Count + result.Facets.Sum(f => f.Value.Count);
        foreach (var hit in result.Hits)
        {
            foreach (var snippet in hit.Snippets)
            {
                sink += snippet.Html.Length;
            }
        }
        Interlocked.Add(ref _sink, sink);
        return result;
    }

    private static Latencies Bucket(Dictionary<string, Latencies> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var latencies))
        {
            buckets[key] = latencies = new Latencies();
        }
        return latencies;
    }
}

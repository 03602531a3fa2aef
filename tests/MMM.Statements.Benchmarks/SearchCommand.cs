using System.Diagnostics;
using MMM.Statements.Search;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// <c>bench search DIR</c>: indexes the corpus's HTML pages with our indexer, times a no-change reindex, measures the
/// queries in the three modes, and with <c>--lucene</c> runs Lucene's harness on the same corpus in the same run and
/// writes the comparison (<c>report.md</c>, <c>hits.tsv</c>) beside the corpus.
/// </summary>
internal static class SearchCommand
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        if (args.Positional.Count != 1)
        {
            throw new BenchUsageException("bench search takes one corpus folder");
        }
        var corpus = Path.GetFullPath(args.Positional[0]);
        var html = Path.Combine(corpus, "html");
        if (!Directory.Exists(html))
        {
            throw new BenchUsageException($"{html} does not exist (generate the corpus with `bench corpus`)");
        }
        var reps = args.Int("reps", 10, min: 1);
        var warmup = args.Int("warmup", 5);
        var threads = args.Ints("threads", [1, 2]);
        var parallelism = args.Int("index-parallelism", 2, min: 1);
        var queries = QuerySet.Load(corpus);
        var sharedBench = args.Has("lucene") ? SharedPaths.Bench(args.Get("shared-bench")) : null;
        var run = new RunRecord(corpus, Environment.CommandLine, reps, warmup, threads, parallelism);
        var ours = run.Ours;

        // ---- indexing, from HTML, full
        var indexDirectory = Path.Combine(corpus, "mmm-index");
        var rebuild = !(args.Has("keep-index") && HasCommit(indexDirectory));
        if (rebuild && Directory.Exists(indexDirectory))
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
        var indexer = new StatementIndexer(new IndexerOptions { SourceDirectory = html, IndexDirectory = indexDirectory, Parallelism = parallelism });
        var htmlFiles = Directory.GetFiles(html, "*.html");
        ours.Report("docs", htmlFiles.Length);
        ours.Report("input_bytes", htmlFiles.Sum(f => new FileInfo(f).Length));
        var watch = Stopwatch.StartNew();
        if (rebuild)
        {
            Console.Error.WriteLine($"bench: indexing {htmlFiles.Length} HTML pages with our indexer (parallelism {parallelism})");
            var clock = new IndexingClock();
            var build = await indexer.BuildAsync(full: true, clock);
            var buildTime = watch.Elapsed;
            ours.Report("index_statements", build.Statements);
            ours.Report("index_failed", build.Failed);
            ours.Report("index_wall_ms", (long)buildTime.TotalMilliseconds);
            ours.Report("index_docs_per_s", (long)(build.Statements / buildTime.TotalSeconds));
            ours.Report("index_size_bytes", Directory.EnumerateFiles(indexDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length));
            foreach (var (stage, ms) in clock.Stages(buildTime))
            {
                ours.Report($"index_stage_{stage.ToString().ToLowerInvariant()}_ms", ms);
            }
        }
        else
        {
            Console.Error.WriteLine($"bench: --keep-index: searching the existing {indexDirectory} (no indexing figures in this run)");
        }

        // ---- no-change incremental reindex (best of three: the figure is the work, not the machine's hiccups)
        var reindexMs = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            var again = await indexer.BuildAsync(full: false);
            reindexMs = Math.Min(reindexMs, (long)watch.Elapsed.TotalMilliseconds);
            if (again.Changed)
            {
                Console.Error.WriteLine("bench: warning: the no-change reindex rebuilt the index");
                ours.Report("reindex_nochange_rebuilt", 1);
            }
        }
        ours.Report("reindex_nochange_ms", reindexMs);

        // ---- searching
        using var index = new StatementIndex(indexDirectory, new StatementIndexOptions
        {
            // A timed-out query returns early and empty, which would flatter us: give every query all the time it needs.
            QueryTimeout = TimeSpan.FromMinutes(5),
            RefreshInterval = TimeSpan.FromHours(1),
        });
        var timer = new QueryTimer(index, queries);
        Console.Error.WriteLine($"bench: counting hits of {queries.Queries.Count} queries");
        long hitSum = 0, zero = 0, timedOut = 0, emptyQuery = 0;
        foreach (var query in queries.Queries)
        {
            var result = timer.Run(BenchMode.Search, query);
            run.OurHits[query] = (result.Total, result.Notices);
            hitSum += result.Total;
            zero += result.Total == 0 ? 1 : 0;
            timedOut += result.Notices.Contains(SearchNotice.TimedOut) ? 1 : 0;
            emptyQuery += result.Notices.Contains(SearchNotice.EmptyQuery) ? 1 : 0;
        }
        ours.Report("queries", queries.Queries.Count);
        ours.Report("queries_zero_hits", zero);
        ours.Report("queries_timed_out", timedOut);
        ours.Report("queries_empty_listing_all", emptyQuery);
        ours.Report("mean_total_hits", hitSum / Math.Max(1, queries.Queries.Count));

        Console.Error.WriteLine($"bench: warm-up, {warmup} passes over 3 modes");
        timer.WarmUp(warmup);
        foreach (var mode in BenchModes.All)
        {
            Console.Error.WriteLine($"bench: timing {mode.Label()}, {reps} passes");
            var (all, byKind, byQuery, qps, allocated) = timer.Time(mode, reps);
            foreach (var (kind, latencies) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                ours.Report($"kind_{kind}_{mode.Key()}_p50_us", latencies.Percentile(50));
            }
            ours.Report($"{mode.Key()}_p50_us", all.Percentile(50));
            ours.Report($"{mode.Key()}_p95_us", all.Percentile(95));
            ours.Report($"{mode.Key()}_p99_us", all.Percentile(99));
            ours.Report($"{mode.Key()}_mean_us", all.Mean);
            ours.Report($"{mode.Key()}_qps_1t", qps);
            ours.Report($"{mode.Key()}_allocated_kb_per_query", allocated / 1024);
            run.PerQueryMean[mode] = byQuery.ToDictionary(q => q.Key, q => q.Value.Mean, StringComparer.Ordinal);
        }
        foreach (var n in threads.Where(t => t > 1))
        {
            foreach (var mode in BenchModes.All)
            {
                Console.Error.WriteLine($"bench: throughput {mode.Label()}, {n} threads");
                ours.Report($"{mode.Key()}_qps_{n}t", timer.Throughput(mode, reps, n));
            }
        }
        ours.Report("publish_one_ms", await PublishOneAsync(html, indexDirectory, parallelism, index));

        Console.Error.WriteLine("bench: stage profile (best of 3 per query)");
        ours.Report("sink", timer.Sink);
        run.LoadAfterOurs = RunRecord.LoadAverage();

        // ---- Lucene, same corpus, same machine, same run
        if (sharedBench is not null)
        {
            run.Lucene = LuceneRun.Start(sharedBench, corpus, reps, warmup, threads.Max());
            run.LoadAfterLucene = RunRecord.LoadAverage();
        }
        var report = new Report(run, queries);
        File.WriteAllText(Path.Combine(corpus, "hits.tsv"), report.HitsTsv());
        var markdown = report.Markdown();
        File.WriteAllText(Path.Combine(corpus, "report.md"), markdown);
        File.WriteAllLines(Path.Combine(corpus, "mmm.out"), ours.All.Select(p => $"RESULT {p.Key}={p.Value}"));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"bench: wrote {Path.Combine(corpus, "report.md")}, {Path.Combine(corpus, "hits.tsv")}, {Path.Combine(corpus, "mmm.out")}");
        return 0;
    }

    /// <summary>
    /// What the admin page's "publish" costs: one new statement put in the folder, published by name into the serving
    /// index, until a search finds it (best of three); the folder and the index are put back as they were after each.
    /// </summary>
    private static async Task<long> PublishOneAsync(string html, string indexDirectory, int parallelism, StatementIndex index)
    {
        Console.Error.WriteLine("bench: publishing one new statement, 3 times");
        var publisher = new StatementIndexer(new IndexerOptions { SourceDirectory = html, IndexDirectory = indexDirectory, Parallelism = parallelism }, index);
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var marker = "zyxpublication" + (char)('a' + i);
            var name = $"zz-bench-publication-{i}.html";
            var path = Path.Combine(html, name);
            await File.WriteAllTextAsync(path, $"<!doctype html><html lang=\"fr\"><head><title>Publication {marker}</title></head><body><article><h1>Publication {marker}</h1><p>12.01.26</p><p>Les mères et le travail de soin non rémunéré : {marker}.</p></article></body></html>");
            try
            {
                var watch = Stopwatch.StartNew();
                await publisher.PublishAsync([name]);
                while (index.Search(new SearchRequest { Query = marker, Facets = false, Snippets = false }).Total == 0 && watch.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(5);
                }
                best = Math.Min(best, (long)watch.Elapsed.TotalMilliseconds);
            }
            finally
            {
                File.Delete(path);
                await publisher.BuildAsync(full: false);
            }
        }
        return best;
    }

    /// <summary>True when <paramref name="indexDirectory"/> holds a Lucene commit to search.</summary>
    public static bool HasCommit(string indexDirectory) =>
        Directory.Exists(indexDirectory) && Directory.EnumerateFiles(indexDirectory, "segments_*").Any();
}

using MMM.Statements.Benchmarks;

// bench: measures our engine beside the Lucene reference on the generated corpora (docs/benchmarks.md).
// Benchmarks are not tests: nothing here asserts a time; it prints figures for a person to read.
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.Write(Usage.Text);
    return args.Length == 0 ? 2 : 0;
}
var rest = args[1..];
try
{
    return args[0] switch
    {
        "corpus" => CorpusCommand.Run(BenchArgs.Parse(rest)),
        "search" => await SearchCommand.RunAsync(BenchArgs.Parse(rest)),
        "analyze" => AnalysisBenchmark.Run(rest),
        "index-profile" => await IndexProfile.RunAsync(BenchArgs.Parse(rest)),
        "extract" => await ExtractionBenchmark.RunAsync(rest),
        "allocations" => AllocationProfile.Run(BenchArgs.Parse(rest)),
        _ => Usage.Fail($"unknown verb '{args[0]}'"),
    };
}
catch (BenchUsageException e)
{
    return Usage.Fail(e.Message);
}

namespace MMM.Statements.Benchmarks
{
    internal static class Usage
    {
        public const string Text = """
            bench corpus --docs N --out DIR [--seed 42] [--jobs 2]
                generate a corpus with ../shared/bench/corpus/gen.py (statements as JSONL and HTML, 200 queries)
            bench search DIR [--reps 10] [--warmup 5] [--threads 1,2] [--index-parallelism 2] [--lucene] [--keep-index]
                index DIR/html into DIR/mmm-index, time a no-change reindex, time the 200 queries of
                DIR/queries.txt in modes a (top 10), b (+ facets), c (+ snippets); with --lucene also run
                ../shared/bench/lucene-java/run.sh in the same run and print ratios, DIR/hits.tsv and DIR/report.md
            bench allocations DIR [--top 12]
                what one search allocates, per mode, and by type (sampled), against DIR/mmm-index
            bench index-profile DIR [--docs 1000]
                where our indexing time goes, step by step, on one thread
            bench analyze [DIR] [--passes 3]
                French analysis throughput (MB/s) on the roman19 novels

            """;

        public static int Fail(string message)
        {
            Console.Error.WriteLine($"bench: {message}");
            Console.Error.Write(Text);
            return 2;
        }
    }
}

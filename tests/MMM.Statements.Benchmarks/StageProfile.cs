using System.Diagnostics;
using MMM.Statements.Search;
using MMM.Statements.Search.Facets;
using MMM.Statements.Search.Querying;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Where a search's time goes, by stage, measured on the engine's own internal steps (no profiler is installed):
/// evaluating the query, every match with its score (<see cref="QueryEvaluator.Evaluate"/>), the facet pass without counting
/// (mode a also pays it) and with counting (mode b). The rest of a mode's time (ranking every match, collapsing,
/// building hits; snippets in mode c) is what is left between the mode latencies.
/// </summary>
internal sealed class StageProfile
{
    public sealed record Stage(string Query, string Kind, int Matches, double ConnectionMicros, double MatchMicros, double FacetPassMicros, double FacetCountMicros,
        double SearchMicros, double FacetsMicros, double SnippetsMicros);

    public static List<Stage> Measure(StatementIndex index, QuerySet queries, int reps)
    {
        using var lease = index.Acquire() ?? throw new InvalidOperationException("no index serves");
        var generation = lease.Generation;
        using var connection = generation.OpenConnection();
        var none = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var stages = new List<Stage>();
        foreach (var query in queries.Queries)
        {
            double connect = double.MaxValue, match = double.MaxValue, pass = double.MaxValue, count = double.MaxValue;
            var matches = 0;
            // The best of a few repetitions: the stage's own cost, with the least noise from the shared machine.
            for (var r = 0; r < Math.Max(1, reps); r++)
            {
                // Every search opens its own connection to the generation's file: what that costs alone.
                var opened = Stopwatch.GetTimestamp();
                using (generation.OpenConnection())
                {
                }
                connect = Math.Min(connect, Stopwatch.GetElapsedTime(opened).TotalMicroseconds);
                var evaluator = new QueryEvaluator(generation, connection);
                var parsed = QueryParser.Parse(QueryParser.Sanitize(query));
                if (parsed.Root is null)
                {
                    break;
                }
                // As the searcher does with AnyWord: an implicit AND of plain words becomes an OR.
                var root = parsed.ImplicitAndOnly && parsed.Root is AndNode { Excluded.Count: 0 } and ? new OrNode(and.Children) : parsed.Root;
                var start = Stopwatch.GetTimestamp();
                var docs = evaluator.Evaluate(root);
                match = Math.Min(match, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                start = Stopwatch.GetTimestamp();
                FacetCounter.Apply(generation, docs, none, count: false);
                pass = Math.Min(pass, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                start = Stopwatch.GetTimestamp();
                FacetCounter.Apply(generation, docs, none, count: true);
                count = Math.Min(count, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                matches = docs.Count;
            }
            // The whole search in each mode, best of the same number of repetitions, so differences between stages compare like with like.
            var modes = BenchModes.All.Select(mode =>
            {
                var best = double.MaxValue;
                for (var r = 0; r < Math.Max(1, reps); r++)
                {
                    var start = Stopwatch.GetTimestamp();
                    index.Search(mode.Request(query));
                    best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
                return best;
            }).ToArray();
            stages.Add(new Stage(query, queries.KindOf(query), matches, Finite(connect), Finite(match), Finite(pass), Finite(count), modes[0], modes[1], modes[2]));
        }
        return stages;
    }

    private static double Finite(double value) => value == double.MaxValue ? 0 : value;
}

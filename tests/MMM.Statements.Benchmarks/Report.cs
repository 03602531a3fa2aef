using System.Globalization;
using System.Text;
using MMM.Statements.Search;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// The comparison a person reads: our figures beside Lucene's with cost ratios, p50 by query kind, hit counts side by
/// side (summary by kind; every query in <c>hits.tsv</c>), and where our time goes by stage.
/// A cost ratio is ours/Lucene for times and sizes and Lucene/ours for rates, so below 1.0 always means we do better.
/// </summary>
internal sealed class Report(RunRecord run, QuerySet queries)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Figures _ours = run.Ours;
    private readonly Figures? _lucene = run.Lucene?.Figures;

    public string HitsTsv()
    {
        var text = new StringBuilder("kind\tquery\tours\tlucene\tours_minus_lucene\tour_notices\n");
        foreach (var query in queries.Queries)
        {
            var (total, notices) = run.OurHits.GetValueOrDefault(query);
            long? lucene = run.Lucene?.Hits.TryGetValue(query, out var h) == true ? h : null;
            text.Append(Inv, $"{queries.KindOf(query)}\t{query}\t{total}\t{lucene?.ToString(Inv) ?? ""}\t{(lucene is null ? "" : (total - lucene.Value).ToString(Inv))}\t")
                .Append(string.Join(',', notices.Where(n => n != SearchNotice.None)))
                .Append('\n');
        }
        return text.ToString();
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        var statements = _ours["docs"] ?? 0;
        md.AppendLine(Inv, $"## {statements} statements — {run.StartedUtc:yyyy-MM-dd HH:mm} UTC").AppendLine();
        md.AppendLine(Inv, $"- Machine: {RunRecord.Machine()}");
        md.AppendLine(Inv, $"- Load average (1, 5, 15 min): {run.LoadAtStart} at start; {run.LoadAfterOurs} after our part; {(run.Lucene is null ? "Lucene not run" : run.LoadAfterLucene + " after Lucene's")}");
        md.AppendLine(Inv, $"- Command: `{run.Command}`");
        md.AppendLine(Inv, $"- {run.Reps} timed passes over {queries.Queries.Count} queries per mode after {run.Warmup} warm-up passes; throughput with {string.Join(" and ", run.Threads)} thread(s); our indexer extracts with parallelism {run.IndexParallelism}, Lucene indexes on one thread from JSON.");
        md.AppendLine().AppendLine("Cost ratio: ours/Lucene for times and sizes, Lucene/ours for rates — below 1.0 means we do better.").AppendLine();
        Headline(md);
        Kinds(md);
        Hits(md);
        return md.ToString();
    }

    private void Headline(StringBuilder md)
    {
        md.AppendLine("| figure | ours | Lucene | cost ratio |").AppendLine("|---|---:|---:|---:|");
        Row(md, "indexing throughput (statements/s; ours from HTML, Lucene from JSON)", "index_docs_per_s", rate: true);
        Row(md, "indexing wall time (ms)", "index_wall_ms");
        Row(md, "index size (bytes)", "index_size_bytes");
        Row(md, "no-change reindex (ms, best of 3)", "reindex_nochange_ms");
        Row(md, "one new statement published, until a search finds it (ms, best of 3)", "publish_one_ms");
        Row(md, "mean hits per query", "mean_total_hits", ratio: false);
        Row(md, "queries with no hit", "queries_zero_hits", ratio: false);
        foreach (var mode in BenchModes.All)
        {
            foreach (var stat in new[] { "p50", "p95", "p99", "mean" })
            {
                Row(md, $"{mode.Label()} {stat} (µs)", $"{mode.Key()}_{stat}_us");
            }
            foreach (var n in run.Threads)
            {
                Row(md, $"{mode.Label()} queries/s, {n} thread{(n > 1 ? "s" : "")}", $"{mode.Key()}_qps_{n}t", rate: true);
            }
        }
        md.AppendLine();
        var stages = _ours.All.Where(p => p.Key.StartsWith("index_stage_", StringComparison.Ordinal)).ToList();
        if (stages.Count > 0)
        {
            md.AppendLine("Our indexing by stage (ms): " + string.Join(", ", stages.Select(s => $"{s.Key["index_stage_".Length..^3]} {s.Value}")) + ".").AppendLine();
        }
    }

    private void Row(StringBuilder md, string label, string key, bool rate = false, bool ratio = true)
    {
        var ours = _ours[key];
        var lucene = _lucene?[key];
        string cost = "";
        if (ratio && ours is > 0 && lucene is > 0)
        {
            cost = (rate ? (double)lucene.Value / ours.Value : (double)ours.Value / lucene.Value).ToString("0.00", Inv);
        }
        md.AppendLine(Inv, $"| {label} | {ours?.ToString(Inv) ?? "–"} | {lucene?.ToString(Inv) ?? "–"} | {cost} |");
    }

    private void Kinds(StringBuilder md)
    {
        var kinds = queries.Queries.Select(queries.KindOf).Distinct().Order(StringComparer.Ordinal).ToList();
        md.AppendLine("p50 by query kind (µs), modes a / b / c:").AppendLine();
        md.AppendLine("| kind | queries | ours | Lucene | cost ratio |").AppendLine("|---|---:|---|---|---|");
        foreach (var kind in kinds)
        {
            string Triple(Figures? f) => f is null ? "–" : string.Join(" / ", BenchModes.All.Select(m => f[$"kind_{kind}_{m.Key()}_p50_us"]?.ToString(Inv) ?? "–"));
            var ratios = string.Join(" / ", BenchModes.All.Select(m =>
                _ours[$"kind_{kind}_{m.Key()}_p50_us"] is { } o && _lucene?[$"kind_{kind}_{m.Key()}_p50_us"] is { } l and > 0 ? ((double)o / l).ToString("0.0", Inv) : "–"));
            md.AppendLine(Inv, $"| {kind} | {queries.Queries.Count(q => queries.KindOf(q) == kind)} | {Triple(_ours)} | {Triple(_lucene)} | {ratios} |");
        }
        md.AppendLine();
    }

    private void Hits(StringBuilder md)
    {
        if (run.Lucene is null)
        {
            return;
        }
        var rows = queries.Queries.Select(q => (Query: q, Kind: queries.KindOf(q), Ours: (long)run.OurHits.GetValueOrDefault(q).Total,
            Lucene: run.Lucene.Hits.TryGetValue(q, out var l) ? l : -1)).ToList();
        md.AppendLine("Hit counts, ours (default operator OR) beside Lucene's, by query kind (every query in `hits.tsv`):").AppendLine();
        md.AppendLine("| kind | queries | equal | ours more | ours fewer | zero hits ours / Lucene | mean hits ours / Lucene |").AppendLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(rows.GroupBy(_ => "all").First()))
        {
            var g = group.ToList();
            md.AppendLine(Inv, $"| {group.Key} | {g.Count} | {g.Count(r => r.Ours == r.Lucene)} | {g.Count(r => r.Ours > r.Lucene)} | {g.Count(r => r.Ours < r.Lucene)} | " +
                $"{g.Count(r => r.Ours == 0)} / {g.Count(r => r.Lucene == 0)} | {g.Average(r => r.Ours):0} / {g.Average(r => r.Lucene):0} |");
        }
        md.AppendLine().AppendLine("The largest differences (relative):").AppendLine();
        md.AppendLine("| kind | query | ours | Lucene |").AppendLine("|---|---|---:|---:|");
        foreach (var r in rows.Where(r => r.Ours != r.Lucene)
                     .OrderByDescending(r => Math.Abs(r.Ours - r.Lucene) / (double)Math.Max(1, Math.Min(r.Ours, r.Lucene)))
                     .ThenBy(r => r.Query, StringComparer.Ordinal).Take(25))
        {
            md.AppendLine(Inv, $"| {r.Kind} | `{r.Query}` | {r.Ours} | {r.Lucene} |");
        }
        md.AppendLine();
    }

}

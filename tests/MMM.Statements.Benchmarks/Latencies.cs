namespace MMM.Statements.Benchmarks;

/// <summary>
/// Per-execution latencies of one timed loop, summarised as Lucene's harness does it, so the two compare:
/// nearest-rank percentiles (<c>sorted[ceil(p/100·n) − 1]</c>) and the mean, in whole microseconds.
/// </summary>
internal sealed class Latencies
{
    private readonly List<double> _micros = [];

    public int Count => _micros.Count;

    public void Add(double micros) => _micros.Add(micros);

    public long Percentile(double p)
    {
        if (_micros.Count == 0)
        {
            return 0;
        }
        var sorted = _micros.Order().ToArray();
        var i = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return (long)sorted[Math.Clamp(i, 0, sorted.Length - 1)];
    }

    public long Mean => _micros.Count == 0 ? 0 : (long)_micros.Average();

    public double Sum => _micros.Sum();
}

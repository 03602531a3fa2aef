using System.Globalization;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Named whole-number figures of one engine in one run, in the order they were measured. Our engine and Lucene's
/// harness use the same keys (<c>search_p50_us</c>, <c>search_facets_qps_2t</c>…), so they can be set side by side.
/// </summary>
internal sealed class Figures
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, long>> All => _order.Select(k => new KeyValuePair<string, long>(k, _values[k]));

    public long? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public void Set(string key, long value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
        }
        _values[key] = value;
    }

    /// <summary>Prints and records the figure the way Lucene's harness does: <c>RESULT key=value</c>.</summary>
    public void Report(string key, long value, TextWriter? echo = null)
    {
        Set(key, value);
        (echo ?? Console.Out).WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {key}={value}"));
    }

    /// <summary>Reads <c>RESULT key=value</c> lines (other lines are ignored).</summary>
    public static Figures Parse(IEnumerable<string> lines)
    {
        var figures = new Figures();
        foreach (var line in lines)
        {
            if (!line.StartsWith("RESULT ", StringComparison.Ordinal))
            {
                continue;
            }
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 7 && long.TryParse(line[(eq + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                figures.Set(line[7..eq], value);
            }
        }
        return figures;
    }
}

using System.Globalization;

namespace MMM.Statements.Benchmarks;

/// <summary>A wrong command line: the message says what, and the usage is printed.</summary>
internal sealed class BenchUsageException(string message) : Exception(message);

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options of one verb.</summary>
internal sealed class BenchArgs
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "lucene", "keep-index" };
    private readonly Dictionary<string, string?> _options;

    private BenchArgs(List<string> positional, Dictionary<string, string?> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static BenchArgs Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            if (Flags.Contains(name))
            {
                options[name] = null;
                continue;
            }
            if (i + 1 >= args.Count)
            {
                throw new BenchUsageException($"--{name} needs a value");
            }
            options[name] = args[++i];
        }
        return new BenchArgs(positional, options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback, int min = 0)
    {
        if (Get(name) is not { } text)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new BenchUsageException($"--{name} must be a whole number ≥ {min}, not '{text}'");
        }
        return value;
    }

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback)
    {
        if (Get(name) is not { } text)
        {
            return fallback;
        }
        var values = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw new BenchUsageException($"--{name} takes whole numbers ≥ 1 separated by commas, not '{text}'");
            }
            values.Add(value);
        }
        return values.Count == 0 ? fallback : values.Distinct().Order().ToList();
    }
}

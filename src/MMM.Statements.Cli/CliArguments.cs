namespace MMM.Statements.Cli;

/// <summary>Parsed command-line arguments: positional values, <c>--name value</c> options (repeatable) and flags.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/>; <paramref name="flagNames"/> are options that take no value.</summary>
    public static CliArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> flagNames, IReadOnlyCollection<string> optionNames)
    {
        var result = new CliArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg == "--")
            {
                while (e.MoveNext())
                {
                    result.Positional.Add(e.Current);
                }
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                string? inlineValue = null;
                var eq = name.IndexOf('=');
                if (eq > 0 && optionNames.Contains(name[..eq]))
                {
                    inlineValue = name[(eq + 1)..];
                    name = name[..eq];
                }
                if (flagNames.Contains(name))
                {
                    result._flags.Add(name);
                }
                else if (optionNames.Contains(name))
                {
                    if (inlineValue is null && !e.MoveNext())
                    {
                        throw new CliUsageException($"option --{name} needs a value");
                    }
                    var value = inlineValue ?? e.Current;
                    if (!result._options.TryGetValue(name, out var list))
                    {
                        result._options[name] = list = [];
                    }
                    list.Add(value);
                }
                else
                {
                    throw new CliUsageException($"unknown option --{name}");
                }
            }
            else
            {
                result.Positional.Add(arg);
            }
        }
        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Get(string option) => _options.TryGetValue(option, out var list) ? list[^1] : null;

    public IReadOnlyList<string> GetAll(string option) => _options.TryGetValue(option, out var list) ? list : [];

    public int GetInt(string option, int fallback)
    {
        var value = Get(option);
        if (value is null)
        {
            return fallback;
        }
        return int.TryParse(value, out var n) ? n : throw new CliUsageException($"--{option} needs a whole number, not '{value}'");
    }
}

/// <summary>Bad usage: the message is printed with the verb's usage line, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

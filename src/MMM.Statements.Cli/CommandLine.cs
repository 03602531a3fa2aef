using MMM.Statements.Cli.Commands;

namespace MMM.Statements.Cli;

/// <summary>The verbs of <c>mmm-statements</c> and their dispatch. Exit codes: 0 success, 1 failure, 2 bad usage or not implemented, 3 unreadable input.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int Unreadable = 3;

    private static readonly IReadOnlyList<Verb> Verbs =
    [
        new("index", "index [--source DIR] [--index DIR] [--full]", "build or update the search index",
            ["full"], ["source", "index"], IndexCommand.RunAsync),
        new("search", "search QUERY [--index DIR] [--unit statement|ask] [--facet NAME=VALUE]… [--sort relevance|date] [--page N] [--size N] [--json]", "search the index",
            ["json"], ["index", "unit", "facet", "sort", "page", "size"], SearchCommand.RunAsync),
        new("extract", "extract FILE [--json]", "text, metadata and tags of one file, without indexing it",
            ["json"], ["source"], ExtractCommand.RunAsync),
        new("analyze", "analyze [--lang fr|en|es] [TEXT]", "analysed tokens of TEXT, or of each stdin line",
            [], ["lang"], AnalyzeCommand.RunAsync),
        new("stem", "stem --lang fr|en|es", "the stem of each word read on stdin",
            [], ["lang"], StemCommand.RunAsync),
        new("stats", "stats [--index DIR] [--json]", "counts per facet of the live index",
            ["json"], ["index"], StatsCommand.RunAsync),
        new("verify", "verify [--index DIR]", "integrity checks of the live index; exit 1 on failure",
            [], ["index"], VerifyCommand.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(args.Length == 0 ? stderr : stdout);
            return args.Length == 0 ? Usage : Ok;
        }
        var verb = Verbs.FirstOrDefault(v => v.Name == args[0]);
        if (verb is null)
        {
            await stderr.WriteLineAsync($"mmm-statements: unknown verb '{args[0]}'");
            PrintUsage(stderr);
            return Usage;
        }
        try
        {
            var parsed = CliArguments.Parse(args[1..], verb.Flags, verb.Options);
            return await verb.Run(new VerbContext(verb, parsed, stdin, stdout, stderr));
        }
        catch (CliUsageException e)
        {
            await stderr.WriteLineAsync($"mmm-statements {verb.Name}: {e.Message}");
            await stderr.WriteLineAsync($"usage: mmm-statements {verb.Usage}");
            return Usage;
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: mmm-statements VERB [options]");
        writer.WriteLine();
        foreach (var verb in Verbs)
        {
            writer.WriteLine($"  {verb.Usage}");
            writer.WriteLine($"      {verb.Summary}");
        }
    }

    public static async Task<int> NotImplementedAsync(VerbContext context)
    {
        await context.Stderr.WriteLineAsync($"mmm-statements {context.Verb.Name}: not implemented yet");
        return Usage;
    }
}

internal sealed record Verb(
    string Name,
    string Usage,
    string Summary,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Options,
    Func<VerbContext, Task<int>> Run);

internal sealed record VerbContext(Verb Verb, CliArguments Args, TextReader Stdin, TextWriter Stdout, TextWriter Stderr);

using MMM.Statements.Analysis;

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements stem --lang fr|en|es</c>: the Snowball stem of each word read on stdin, one a line, not folded.</summary>
internal static class StemCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        var language = context.Args.Get("lang") ?? throw new CliUsageException("--lang fr|en|es is required");
        if (language is not ("fr" or "en" or "es"))
        {
            throw new CliUsageException($"--lang must be fr, en or es, not '{language}'");
        }
        if (context.Args.Positional.Count > 0)
        {
            throw new CliUsageException("stem reads its words on stdin");
        }
        while (await context.Stdin.ReadLineAsync() is { } line)
        {
            var word = line.Trim().ToLowerInvariant();
            await context.Stdout.WriteLineAsync(word.Length == 0 ? "" : Stemmer.Stem(language, word));
        }
        return CommandLine.Ok;
    }
}

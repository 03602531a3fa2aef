using System.Text;
using MMM.Statements.Analysis;

namespace MMM.Statements.Cli.Commands;

/// <summary>
/// <c>mmm-statements analyze [--lang fr|en|es] [TEXT]</c>: the analysed terms of TEXT, or of each stdin line, one output
/// line per input line; alternative terms at one position are joined by <c>|</c>.
/// </summary>
internal static class AnalyzeCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        var language = context.Args.Get("lang") ?? "fr";
        if (!TextAnalyzer.Languages.Contains(language))
        {
            throw new CliUsageException($"--lang must be fr, en or es, not '{language}'");
        }
        var analyzer = TextAnalyzer.For(language);
        if (context.Args.Positional.Count > 0)
        {
            await context.Stdout.WriteLineAsync(Format(analyzer.Analyze(string.Join(' ', context.Args.Positional))));
            return CommandLine.Ok;
        }
        while (await context.Stdin.ReadLineAsync() is { } line)
        {
            await context.Stdout.WriteLineAsync(Format(analyzer.Analyze(line)));
        }
        return CommandLine.Ok;
    }

    internal static string Format(IReadOnlyList<AnalyzedToken> tokens)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(tokens[i].Position == tokens[i - 1].Position ? '|' : ' ');
            }
            sb.Append(tokens[i].Term);
        }
        return sb.ToString();
    }
}

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements analyze</c>.</summary>
internal static class AnalyzeCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

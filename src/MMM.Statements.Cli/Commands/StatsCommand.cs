namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements stats</c>.</summary>
internal static class StatsCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

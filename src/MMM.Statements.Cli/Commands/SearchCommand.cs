namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements search</c>.</summary>
internal static class SearchCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

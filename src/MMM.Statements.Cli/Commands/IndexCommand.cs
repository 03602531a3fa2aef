namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements index</c>.</summary>
internal static class IndexCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements stem</c>.</summary>
internal static class StemCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

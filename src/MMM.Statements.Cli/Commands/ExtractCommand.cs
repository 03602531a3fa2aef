namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements extract</c>.</summary>
internal static class ExtractCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

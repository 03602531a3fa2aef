namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements verify</c>.</summary>
internal static class VerifyCommand
{
    public static Task<int> RunAsync(VerbContext context) => CommandLine.NotImplementedAsync(context);
}

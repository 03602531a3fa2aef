using MMM.Statements.Search;

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements verify</c>: integrity checks of the live index; exit 1 on any problem.</summary>
internal static class VerifyCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        using var index = new StatementIndex(context.Args.Get("index") ?? RepositoryPaths.DefaultIndex);
        var problems = index.Verify();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await context.Stderr.WriteLineAsync($"mmm-statements verify: {problem}");
            }
            return CommandLine.Failure;
        }
        var info = index.Info!;
        await context.Stdout.WriteLineAsync($"ok: {info.FileName}, {info.Statements} statements, {info.Files} files");
        return CommandLine.Ok;
    }
}

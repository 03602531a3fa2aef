using System.Globalization;
using MMM.Statements.Search;

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements stats</c>: the live build and its counts per facet.</summary>
internal static class StatsCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        using var index = new StatementIndex(context.Args.Get("index") ?? RepositoryPaths.DefaultIndex);
        var stats = index.Stats();
        if (stats is null)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements stats: no index ({index.Problem})");
            return CommandLine.Failure;
        }
        if (context.Args.Has("json"))
        {
            await context.Stdout.WriteLineAsync(SearchJson.Serialize(stats));
            return CommandLine.Ok;
        }
        var build = stats.Build;
        var output = context.Stdout;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"index {build.FileName}: {build.Statements} statements, {build.Files} files, {build.Failed} failed; built {build.BuiltAt:yyyy-MM-dd HH:mm:ss} UTC ({build.Mode}, {build.Seconds:0.0} s); schema {build.SchemaVersion}, analyzer {build.AnalyzerVersion}"));
        foreach (var (facet, values) in stats.Facets)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{facet}:");
            foreach (var value in values)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {value.Count,5}  {value.Value}"));
            }
        }
        if (stats.Failures.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("failed files:");
            foreach (var failure in stats.Failures)
            {
                await output.WriteLineAsync($"  {failure.Path}: {failure.Status} {failure.Detail}");
            }
        }
        return CommandLine.Ok;
    }
}

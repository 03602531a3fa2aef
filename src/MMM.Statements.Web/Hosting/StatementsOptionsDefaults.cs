using Microsoft.Extensions.Options;

namespace MMM.Statements.Web.Hosting;

/// <summary>
/// Fills the directories left empty in configuration: relative to the repository root (the folder holding
/// <c>MMM.Statements.sln</c> above the content root) when there is one, else to the content root.
/// Relative paths given in configuration are resolved against the same base.
/// </summary>
internal sealed class StatementsOptionsDefaults(IHostEnvironment environment) : IPostConfigureOptions<StatementsOptions>
{
    public void PostConfigure(string? name, StatementsOptions options)
    {
        var root = FindRepositoryRoot(environment.ContentRootPath) ?? environment.ContentRootPath;
        options.SourceDirectory = Resolve(root, options.SourceDirectory, "statements");
        options.IndexDirectory = Resolve(root, options.IndexDirectory, "index-data");
        options.DataDirectory = Resolve(root, options.DataDirectory, "app-data");
    }

    private static string Resolve(string root, string configured, string fallback) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? fallback : configured, root);

    internal static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MMM.Statements.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}

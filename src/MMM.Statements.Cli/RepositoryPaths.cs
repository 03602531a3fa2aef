namespace MMM.Statements.Cli;

/// <summary>Default locations: the repository's <c>statements/</c> and <c>index-data/</c>, found from the working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string DefaultSource => Path.Combine(Root, "statements");

    public static string DefaultIndex => Path.Combine(Root, "index-data");

    private static string? FindRoot(string start)
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

namespace MMM.Statements.Tests;

/// <summary>Where the repository, its bundled corpus and the shared reference data (<c>../shared</c>) are.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Statements => Path.Combine(RepoRoot, "statements");

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    /// <summary>The workplace's shared folder beside the checkout.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedData(params string[] parts) => Path.Combine([Shared, "data", .. parts]);

    /// <summary>A fresh empty directory under the system temp folder, removed by the caller.</summary>
    public static string NewTempDirectory(string prefix = "mmm-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MMM.Statements.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("MMM.Statements.sln not found above " + AppContext.BaseDirectory);
    }
}

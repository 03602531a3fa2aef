using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// Where the browser tests write their screenshots. A test run must leave the work tree as it found it, so by default
/// they go to a folder under the system temp folder; <c>MMM_SCREENSHOTS=docs/screenshots ./test.sh</c> (a path relative
/// to the repository, or absolute) writes them where asked, e.g. to regenerate the README's images.
/// </summary>
internal static class Screenshots
{
    public const string Variable = "MMM_SCREENSHOTS";

    private static readonly Lazy<string> Resolved = new(() =>
    {
        var folder = Resolve(Environment.GetEnvironmentVariable(Variable));
        Directory.CreateDirectory(folder);
        return folder;
    });

    /// <summary>The folder of this run's screenshots (created on first use).</summary>
    public static string Folder => Resolved.Value;

    /// <summary>The folder a setting of <see cref="Variable"/> names: the temp folder's <c>mmm-screenshots</c> when unset.</summary>
    public static string Resolve(string? setting) => string.IsNullOrWhiteSpace(setting)
        ? Path.Combine(Path.GetTempPath(), "mmm-screenshots")
        : Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, setting));

    /// <summary>The full path of a screenshot named <paramref name="name"/> (without extension).</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name + ".png");
}

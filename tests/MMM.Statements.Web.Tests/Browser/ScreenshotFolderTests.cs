using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>A test run leaves the work tree clean: screenshots go outside it unless a folder is asked for.</summary>
public sealed class ScreenshotFolderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void WithoutTheVariableScreenshotsAreWrittenOutsideTheWorkTree(string? setting)
    {
        var folder = Screenshots.Resolve(setting);

        Assert.False(IsInside(folder, TestPaths.RepoRoot), $"{folder} is inside the work tree {TestPaths.RepoRoot}");
        Assert.True(IsInside(folder, Path.GetTempPath()), $"{folder} is not under the temp folder");
    }

    [Fact]
    public void AskedForTheyGoToTheReadmesFolder()
    {
        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "docs", "screenshots"), Screenshots.Resolve("docs/screenshots"));
    }

    [Fact]
    public void ThisRunWritesWhereTheVariableSays()
    {
        var expected = Screenshots.Resolve(Environment.GetEnvironmentVariable(Screenshots.Variable));

        Assert.Equal(expected, Path.GetDirectoryName(Screenshots.PathOf("home-desktop")));
        Assert.True(Directory.Exists(expected));
    }

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

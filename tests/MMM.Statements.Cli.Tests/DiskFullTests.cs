using System.Diagnostics;
using MMM.Statements.Search;
using MMM.Statements.Tests;

namespace MMM.Statements.Cli.Tests;

/// <summary>G8: the index directory on a tiny tmpfs fills up during a build; the build fails cleanly and the old index serves.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-diskfull");
    private readonly string _mount;

    public DiskFullTests()
    {
        _mount = Path.Combine(_root, "index");
        Directory.CreateDirectory(_mount);
        // CI and the project's machines run as root; mounting needs it.
        // Room for the first small index, not for the whole folder's beside it (about 500 KB).
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", _mount);
        Assert.True(code == 0, $"could not mount a tmpfs for the disk-full test (needs root): {output}");
    }

    public void Dispose()
    {
        // The engine's maps of index files go with the last reader of each (MappedDirectory): collect them, or the
        // file system is busy.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Run("umount", _mount);
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task ABuildThatFillsTheDiskFailsCleanlyAndTheOldIndexKeepsServing()
    {
        var source = Path.Combine(_root, "statements");
        Directory.CreateDirectory(source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(source, "taxonomy.json"));
        var html = Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories).Order().ToList();
        foreach (var file in html.Take(3))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }
        var (first, _, firstErrors) = await CommandLineTests.Run("index", "--source", source, "--index", _mount);
        Assert.True(first == 0, firstErrors);

        // Far more text than the small disk can hold next to the live index.
        foreach (var file in Directory.GetFiles(TestPaths.Statements, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".pdf")))
        {
            var target = Path.Combine(source, "more", Path.GetRelativePath(TestPaths.Statements, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        var (code, stdout, stderr) = await CommandLineTests.Run("index", "--source", source, "--index", _mount, "--full");

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("the live index is unchanged", stderr);
        Assert.Contains("full", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unhandled exception", stderr + stdout);
        using var index = new StatementIndex(_mount);
        Assert.Empty(index.Verify());
        Assert.Equal(3, index.Info!.Statements);
        Assert.Equal(3, index.Search(new SearchRequest()).Total + 0);
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}

using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Infrastructure;

/// <summary>
/// The bundled sample corpus indexed once per test run; each site under test gets its own copy of the files,
/// so a site's start-up update build finds nothing to do and tests never share a writable index.
/// </summary>
internal static class SharedIndex
{
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the prebuilt index (its last commit's files) into <paramref name="target"/>, unless it holds one already.</summary>
    public static void CopyTo(string target)
    {
        var built = Built.Value;
        Directory.CreateDirectory(target);
        if (Directory.GetFiles(target, "segments_*").Length > 0)
        {
            // A restarted site keeps the index it had (another site of the test may still have it open).
            return;
        }
        foreach (var file in Directory.GetFiles(built))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>A writable copy of <c>statements/</c> for tests that add, replace or delete files.</summary>
    public static void CopyCorpusTo(string target)
    {
        foreach (var file in Directory.GetFiles(TestPaths.Statements, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestPaths.Statements, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(file));
        }
    }

    private static string Build()
    {
        var directory = TestPaths.NewTempDirectory("mmm-web-shared-index");
        new StatementIndexer(new IndexerOptions { SourceDirectory = TestPaths.Statements, IndexDirectory = directory })
            .BuildAsync(full: true).GetAwaiter().GetResult();
        return directory;
    }
}

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Finds the shared folder (<c>../shared</c> from the repository root) that holds the corpus generator and the
/// Lucene harness, from the current directory upwards, so the tool runs from the root or from its project.
/// </summary>
internal static class SharedPaths
{
    public static string Bench(string? overridePath)
    {
        if (overridePath is not null)
        {
            return Directory.Exists(overridePath) ? Path.GetFullPath(overridePath)
                : throw new BenchUsageException($"--shared-bench {overridePath} does not exist");
        }
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(d.FullName, "shared", "bench"), Path.Combine(d.FullName, "..", "shared", "bench") })
            {
                if (File.Exists(Path.Combine(candidate, "corpus", "gen.py")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        throw new BenchUsageException("the shared bench folder (../shared/bench with corpus/gen.py) was not found; pass --shared-bench PATH");
    }
}

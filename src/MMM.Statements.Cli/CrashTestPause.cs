using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Cli;

/// <summary>
/// Exists for crash tests only. When <c>MMM_STATEMENTS_PAUSE_BEFORE_PUBLISH</c> (or <c>…_AFTER_PUBLISH</c>) names a
/// marker file, a build that reaches the index switch writes the new index's path into that file and then waits,
/// for as long as the marker exists, so a test can SIGKILL the process exactly before (or just after) the pointer
/// moves. Unset, nothing is installed and a build runs straight through.
/// </summary>
internal static class CrashTestPause
{
    public const string BeforePublishVariable = "MMM_STATEMENTS_PAUSE_BEFORE_PUBLISH";
    public const string AfterPublishVariable = "MMM_STATEMENTS_PAUSE_AFTER_PUBLISH";

    public static void InstallFromEnvironment()
    {
        if (Marker(BeforePublishVariable) is { } before)
        {
            TestHooks.BeforePublish = indexPath => Pause(before, indexPath);
        }
        if (Marker(AfterPublishVariable) is { } after)
        {
            TestHooks.AfterPublish = indexPath => Pause(after, indexPath);
        }
    }

    private static string? Marker(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    private static void Pause(string marker, string indexPath)
    {
        // Written whole and renamed, so a test that sees the marker also sees its content.
        var temp = marker + ".writing";
        File.WriteAllText(temp, indexPath + "\n");
        File.Move(temp, marker, overwrite: true);
        // The test kills us here; deleting the marker lets the build go on instead.
        while (File.Exists(marker))
        {
            Thread.Sleep(20);
        }
    }
}

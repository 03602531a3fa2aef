using System.Runtime.CompilerServices;

namespace MMM.Statements.Web.Tests.Infrastructure;

/// <summary>Process-wide settings for the test run, applied before any site starts.</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// Dozens of in-process sites start in one test process (and real site processes inherit the environment); each
    /// watches its configuration and static files. With inotify every watcher takes an inotify instance, and Linux
    /// allows 128 per user by default: a busy run hit the limit and a page failed with an IOException. Polling
    /// watchers take none; nothing in the product depends on noticing a file change quickly.
    /// </summary>
    [ModuleInitializer]
    internal static void UsePollingFileWatchers() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}

using Xunit.Abstractions;
using Xunit.Sdk;

namespace MMM.Statements.Tests;

/// <summary>
/// Starts the longest collections first (every test project uses it, see tests/Directory.Build.props). xunit runs two
/// collections at a time in the order given here; its default order is random, and a long collection drawn last ran
/// alone for minutes after everything else had finished (the web tests' browser collection, whose classes run one
/// after another for about eight minutes). The other collections keep xunit's random order behind the slow ones,
/// so no test comes to depend on running after another.
/// </summary>
public sealed class LongCollectionsFirst : ITestCollectionOrderer
{
    // Named collections (by their definition's name), then the classes of their own collection, slowest first.
    private static readonly string[] Slow =
    [
        "BrowserCollection",
        "StatementPublishingTests", "StatementIndexerTests", "IndexLossTests", "HostileQueryTests", "AuthMatrixTests", "UploadTests", "DashboardTests",
        "SignInThrottleTests", "EveryPageSpeaksItsLanguageTests", "AdminCrashTests", "TaggingAccuracyTests", "IndexCrashTests",
        "ConcurrentIndexBuildTests", "DiskFullTests",
    ];

    private readonly DefaultTestCollectionOrderer random = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        random.OrderTestCollections(testCollections).OrderBy(Rank);

    private static int Rank(ITestCollection collection)
    {
        var definition = collection.CollectionDefinition?.Name;
        var index = Array.FindIndex(Slow, name => definition is not null
            ? definition.EndsWith("." + name, StringComparison.Ordinal)
            : collection.DisplayName.Contains("." + name, StringComparison.Ordinal));
        return index < 0 ? Slow.Length : index;
    }
}

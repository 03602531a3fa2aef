using System.Text.Json;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests;

/// <summary>The bundled sample corpus indexed once into a temp directory, shared by the tests of a collection.</summary>
public sealed class SampleCorpusIndex : IDisposable
{
    public SampleCorpusIndex()
    {
        Directory = TestPaths.NewTempDirectory("mmm-sample-index");
        Summary = new StatementIndexer(new IndexerOptions { SourceDirectory = TestPaths.Statements, IndexDirectory = Directory })
            .BuildAsync(full: true).GetAwaiter().GetResult();
        // Tests do not depend on timing: a generous deadline, so a loaded machine never turns a search into "timed out".
        Index = new StatementIndex(Directory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "labels.json")));
        foreach (var statement in labels.RootElement.GetProperty("statements").EnumerateArray())
        {
            var files = statement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
            var primary = files.FirstOrDefault(f => f.EndsWith(".html", StringComparison.Ordinal)) ?? files[0];
            IdByLabel[statement.GetProperty("id").GetString()!] = StatementIndexer.IdOf(primary);
        }
    }

    public string Directory { get; }

    public BuildSummary Summary { get; }

    public StatementIndex Index { get; }

    /// <summary>labels.json id → the index's statement id (from the statement's main file).</summary>
    public Dictionary<string, string> IdByLabel { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        Index.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpusIndex>
{
    public const string Name = "sample corpus index";
}

using System.Text.Json;
using MMM.Statements.Tests;

namespace MMM.Statements.Cli.Tests;

/// <summary>index, search, stats and verify on a small copy of the sample corpus, through the CLI itself.</summary>
public sealed class IndexVerbsTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempDirectory("mmm-verbs");
    private readonly string _source;
    private readonly string _index;

    public IndexVerbsTests()
    {
        _source = Path.Combine(_root, "statements");
        _index = Path.Combine(_root, "index");
        Directory.CreateDirectory(_source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(_source, "taxonomy.json"));
        foreach (var file in Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories).Order().Take(6))
        {
            File.Copy(file, Path.Combine(_source, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task IndexPrintsOneSummaryLineAndTheOtherVerbsReadTheResult()
    {
        var (code, stdout, _) = await CommandLineTests.Run("index", "--source", _source, "--index", _index);

        Assert.Equal(0, code);
        Assert.Matches(@"^indexed 6 statements \(6 files\), 0 failed, 0 unchanged in [0-9.]+ s\s*$", stdout);

        var (again, second, _) = await CommandLineTests.Run("index", "--source", _source, "--index", _index);
        Assert.Equal(0, again);
        Assert.Contains("6 unchanged", second);
        Assert.Contains("no change", second);

        var verify = await CommandLineTests.Run("verify", "--index", _index);
        Assert.Equal(0, verify.Code);
        Assert.StartsWith("ok: segments_", verify.Stdout);

        var stats = await CommandLineTests.Run("stats", "--index", _index, "--json");
        using var json = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(6, json.RootElement.GetProperty("build").GetProperty("statements").GetInt32());
        Assert.True(json.RootElement.GetProperty("facets").GetProperty("language").GetArrayLength() >= 1);

        var search = await CommandLineTests.Run("search", "mères", "--index", _index, "--json", "--size", "3");
        using var result = JsonDocument.Parse(search.Stdout);
        Assert.Equal("mères", result.RootElement.GetProperty("query").GetString());
        Assert.True(result.RootElement.GetProperty("total").GetInt32() > 0);
        foreach (var name in new[] { "query", "total", "tookMs", "page", "size", "suggestion", "hits", "facets" })
        {
            Assert.True(result.RootElement.TryGetProperty(name, out _), $"missing {name}");
        }
        var hit = result.RootElement.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "date", "language", "body", "session", "year", "symbols", "topics", "type", "location", "url", "score", "snippets" })
        {
            Assert.True(hit.TryGetProperty(name, out _), $"hit is missing {name}");
        }

        var asks = await CommandLineTests.Run("search", "", "--unit", "ask", "--index", _index, "--json");
        using var askResult = JsonDocument.Parse(asks.Stdout);
        var askHits = askResult.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(askHits);
        Assert.All(askHits, h => Assert.Equal("ask", h.GetProperty("unit").GetString()));
        Assert.All(askHits, h => Assert.EndsWith("#ask-" + h.GetProperty("askNumber").GetInt32(), h.GetProperty("url").GetString()));
        var printed = await CommandLineTests.Run("search", "", "--unit", "ask", "--index", _index);
        Assert.Contains($"{askResult.RootElement.GetProperty("total").GetInt32()} asks", printed.Stdout);
    }

    [Fact]
    public async Task VerifyFailsOnADamagedIndex()
    {
        await CommandLineTests.Run("index", "--source", _source, "--index", _index);
        var live = new DirectoryInfo(_index).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First().FullName;
        var bytes = await File.ReadAllBytesAsync(live);
        new Random(3).NextBytes(bytes.AsSpan(bytes.Length / 4, bytes.Length / 2));
        await File.WriteAllBytesAsync(live, bytes);

        var (code, _, stderr) = await CommandLineTests.Run("verify", "--index", _index);

        Assert.Equal(1, code);
        Assert.Contains("mmm-statements verify:", stderr);
    }

    [Fact]
    public async Task SearchWithoutAnIndexSaysWhatToDo()
    {
        var (code, _, stderr) = await CommandLineTests.Run("search", "mères", "--index", _index);

        Assert.Equal(1, code);
        Assert.Contains("run 'mmm-statements index' first", stderr);
    }

    [Fact]
    public async Task AnUnknownFacetIsABadUsage()
    {
        var (code, _, stderr) = await CommandLineTests.Run("search", "mères", "--index", _index, "--facet", "colour=blue");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("--facet takes NAME=VALUE", stderr);
    }

    [Fact]
    public async Task ABadAskRulesFileStopsTheBuildNamingTheFileAndTheEntry()
    {
        await File.WriteAllTextAsync(Path.Combine(_source, "asks.json"), "{ \"languages\": { \"de\": { \"subjects\": [\"wir\"], \"verbs\": [\"fordern\"] } }, \"bullets\": [\"•\"] }");

        var (code, _, stderr) = await CommandLineTests.Run("index", "--source", _source, "--index", _index);

        Assert.Equal(CommandLine.Failure, code);
        Assert.Contains("asks.json: languages.de: unknown language", stderr);
        Assert.Contains("the live index is unchanged", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
    }

    [Fact]
    public async Task AnUnknownUnitIsABadUsage()
    {
        var (code, _, stderr) = await CommandLineTests.Run("search", "mères", "--index", _index, "--unit", "paragraph");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("--unit takes statement or ask", stderr);
    }
}

using System.Globalization;
using System.Text.Json;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Search;

/// <summary>What the commit that serves says about the build that made it (the commit's user data).</summary>
public sealed record BuildInfo
{
    /// <summary>The commit's name in the index directory (<c>segments_N</c>).</summary>
    public required string FileName { get; init; }
    public int SchemaVersion { get; init; }
    public int AnalyzerVersion { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public string Mode { get; init; } = "";
    public int Statements { get; init; }
    public int Files { get; init; }
    public int Failed { get; init; }
    public int Unchanged { get; init; }
    public double Seconds { get; init; }
    public string TaxonomyHash { get; init; } = "";

    private const string SchemaKey = "schema_version";
    private const string AnalyzerKey = "analyzer_version";
    private const string BuiltAtKey = "built_at";
    private const string ModeKey = "build_mode";
    private const string StatementsKey = "statements";
    private const string FilesKey = "files";
    private const string FailedKey = "failed";
    private const string UnchangedKey = "unchanged";
    private const string SecondsKey = "seconds";
    private const string TaxonomyKey = "taxonomy_hash";
    private const string FailuresKey = "failures";

    internal static (BuildInfo Info, IReadOnlyList<IndexFailure> Failures) Read(string commitName, IDictionary<string, string> data)
    {
        int Int(string key) => data.TryGetValue(key, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var info = new BuildInfo
        {
            FileName = commitName,
            SchemaVersion = Int(SchemaKey),
            AnalyzerVersion = Int(AnalyzerKey),
            BuiltAt = data.TryGetValue(BuiltAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? when : default,
            Mode = data.TryGetValue(ModeKey, out var mode) ? mode : "",
            Statements = Int(StatementsKey),
            Files = Int(FilesKey),
            Failed = Int(FailedKey),
            Unchanged = Int(UnchangedKey),
            Seconds = data.TryGetValue(SecondsKey, out var s) && double.TryParse(s, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0,
            TaxonomyHash = data.TryGetValue(TaxonomyKey, out var taxonomy) ? taxonomy : "",
        };
        IReadOnlyList<IndexFailure> failures = [];
        if (data.TryGetValue(FailuresKey, out var json))
        {
            try
            {
                failures = JsonSerializer.Deserialize<List<IndexFailure>>(json, Mapping.StoredStatement.Json) ?? [];
            }
            catch (JsonException)
            {
                failures = [];
            }
        }
        return (info, failures);
    }

    internal IDictionary<string, string> ToUserData(IReadOnlyList<IndexFailure> failures) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [AnalyzerKey] = AnalyzerVersion.ToString(CultureInfo.InvariantCulture),
        [BuiltAtKey] = BuiltAt.ToString("O", CultureInfo.InvariantCulture),
        [ModeKey] = Mode,
        [StatementsKey] = Statements.ToString(CultureInfo.InvariantCulture),
        [FilesKey] = Files.ToString(CultureInfo.InvariantCulture),
        [FailedKey] = Failed.ToString(CultureInfo.InvariantCulture),
        [UnchangedKey] = Unchanged.ToString(CultureInfo.InvariantCulture),
        [SecondsKey] = Seconds.ToString("0.###", CultureInfo.InvariantCulture),
        [TaxonomyKey] = TaxonomyHash,
        [FailuresKey] = JsonSerializer.Serialize(failures, Mapping.StoredStatement.Json),
    };
}

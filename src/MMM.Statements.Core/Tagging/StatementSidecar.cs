using System.Text.Json;
using MMM.Statements.Text;

namespace MMM.Statements.Tagging;

/// <summary>
/// Metadata staff write by hand beside a statement file (<c>csw68-statement.pdf</c> → <c>csw68-statement.meta.json</c>);
/// every field it sets overrides what extraction and tagging found.
/// </summary>
public sealed record StatementSidecar
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Sidecars are a few hundred bytes; anything far larger is not one.</summary>
    private const long MaxBytes = 64 * 1024;

    public string? Title { get; init; }
    public DateOnly? Date { get; init; }
    public string? Language { get; init; }
    public string? Body { get; init; }
    public string? Session { get; init; }
    public string? Type { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>The co-signing organisations: partner ids of the taxonomy, or names as written.</summary>
    public IReadOnlyList<string>? Partners { get; init; }
    public string? Symbol { get; init; }
    public IReadOnlyList<string>? CitedSymbols { get; init; }

    /// <summary>
    /// The sidecar path of a statement file: its whole name plus <c>.meta.json</c> (<c>x.pdf.meta.json</c>), so that a
    /// news page and its PDF with the same stem keep separate sidecars.
    /// </summary>
    public static string PathFor(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return file + ".meta.json";
    }

    /// <summary>Where a sidecar may be: <see cref="PathFor"/> first, then the older form with the extension replaced (<c>x.meta.json</c>).</summary>
    public static IReadOnlyList<string> CandidatePaths(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return [PathFor(file), Path.ChangeExtension(file, ".meta.json")];
    }

    /// <summary>
    /// Reads the sidecar of <paramref name="statementFilePath"/>. Null with a null <paramref name="error"/> when there is
    /// none; null with a message when it exists but cannot be used (so one bad sidecar is reported, not fatal).
    /// </summary>
    public static StatementSidecar? TryLoad(string statementFilePath, out string? error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statementFilePath);
        error = null;
        var path = CandidatePaths(statementFilePath).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                error = $"{Path.GetFileName(path)}: larger than {MaxBytes / 1024} KB, ignored";
                return null;
            }
            return Parse(File.ReadAllText(path), out error, Path.GetFileName(path));
        }
        catch (IOException e)
        {
            error = $"{Path.GetFileName(path)}: {e.Message}";
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            error = $"{Path.GetFileName(path)}: {e.Message}";
            return null;
        }
    }

    /// <summary>Parses sidecar JSON; null with <paramref name="error"/> set when it is not valid.</summary>
    public static StatementSidecar? Parse(string json, out string? error, string name = "sidecar")
    {
        ArgumentNullException.ThrowIfNull(json);
        error = null;
        try
        {
            var sidecar = JsonSerializer.Deserialize<StatementSidecar>(json, JsonOptions);
            if (sidecar is null)
            {
                error = $"{name}: empty";
            }
            return sidecar?.WithoutUnsafeCharacters();
        }
        catch (JsonException e)
        {
            error = $"{name}: invalid JSON ({e.Message})";
            return null;
        }
    }

    /// <summary>
    /// JSON escapes let a hand-written sidecar carry any character (<c>"\u0001"</c>, <c>"\u202E"</c>); none of the
    /// controls and bidi overrides is part of a title or a label, so they are removed here, where they come in.
    /// </summary>
    private StatementSidecar WithoutUnsafeCharacters() => this with
    {
        Title = UnsafeCharacters.CleanLineOrNull(Title),
        Language = UnsafeCharacters.CleanLineOrNull(Language),
        Body = UnsafeCharacters.CleanLineOrNull(Body),
        Session = UnsafeCharacters.CleanLineOrNull(Session),
        Type = UnsafeCharacters.CleanLineOrNull(Type),
        Location = UnsafeCharacters.CleanLineOrNull(Location),
        Topics = Topics?.Select(t => UnsafeCharacters.CleanLineOrNull(t)!).ToList(),
        Partners = Partners?.Select(UnsafeCharacters.CleanLineOrNull).OfType<string>().ToList(),
        Symbol = UnsafeCharacters.CleanLineOrNull(Symbol),
        CitedSymbols = CitedSymbols?.Select(s => UnsafeCharacters.CleanLineOrNull(s)!).ToList(),
    };
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// The fields staff see and correct in the upload preview, as text. Built from what the tagger found; what differs
/// from it after correction becomes the sidecar.
/// </summary>
public sealed record StatementFields
{
    public string Title { get; init; } = "";

    /// <summary>ISO date <c>YYYY-MM-DD</c>, or empty.</summary>
    public string Date { get; init; } = "";

    public string Language { get; init; } = "fr";
    public string Body { get; init; } = "";
    public string Session { get; init; } = "";
    public string Type { get; init; } = "";
    public string Location { get; init; } = "";
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string Symbol { get; init; } = "";
    public IReadOnlyList<string> CitedSymbols { get; init; } = [];

    private static readonly JsonSerializerOptions SidecarJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static StatementFields From(StatementTags tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return new StatementFields
        {
            Title = tags.Title,
            Date = tags.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Language = tags.Language,
            Body = tags.Body ?? "",
            Session = tags.Session?.ToString() ?? "",
            Type = tags.Type ?? "",
            Location = tags.Location ?? "",
            Topics = tags.Topics,
            Symbol = tags.Symbol ?? "",
            CitedSymbols = tags.CitedSymbols,
        };
    }

    /// <summary>Trims every field and drops empty list entries, so that comparison and validation see what staff meant.</summary>
    public StatementFields Normalized() => this with
    {
        Title = (Title ?? "").Trim(),
        Date = (Date ?? "").Trim(),
        Language = (Language ?? "").Trim().ToLowerInvariant(),
        Body = (Body ?? "").Trim(),
        Session = (Session ?? "").Trim(),
        Type = (Type ?? "").Trim(),
        Location = (Location ?? "").Trim(),
        Topics = (Topics ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        Symbol = (Symbol ?? "").Trim(),
        CitedSymbols = (CitedSymbols ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
    };

    /// <summary>What is wrong with the fields, in the admin's language; empty when they can be published.</summary>
    public IReadOnlyList<string> Problems(Taxonomy taxonomy, ManageText text)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        var f = Normalized();
        if (f.Title.Length == 0)
        {
            problems.Add(text.TitleRequired);
        }
        else if (f.Title.Length > 300)
        {
            problems.Add(text.TitleTooLong);
        }
        if (f.Date.Length > 0 && !DateOnly.TryParseExact(f.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add(text.DateInvalid);
        }
        if (f.Language is not ("fr" or "en" or "es"))
        {
            problems.Add(text.LanguageInvalid);
        }
        if (f.Body.Length > 0 && taxonomy.Body(f.Body) is null)
        {
            problems.Add(text.BodyInvalid);
        }
        if (f.Session.Length > 0 && !UnSession.TryParse(f.Session, out _))
        {
            problems.Add(text.SessionInvalid);
        }
        if (f.Type.Length > 0 && taxonomy.Types.All(t => t.Id != f.Type))
        {
            problems.Add(text.TypeInvalid);
        }
        if (f.Location.Length > 0 && taxonomy.Locations.All(l => l.Id != f.Location))
        {
            problems.Add(text.LocationInvalid);
        }
        if (f.Topics.Any(t => taxonomy.Topic(t) is null))
        {
            problems.Add(text.TopicInvalid);
        }
        if ((f.Symbol.Length > 0 && !UnSymbol.TryParse(f.Symbol, out _)) || f.CitedSymbols.Any(s => !UnSymbol.TryParse(s, out _)))
        {
            problems.Add(text.SymbolInvalid);
        }
        return problems;
    }

    /// <summary>
    /// The sidecar JSON holding only the fields that differ from <paramref name="detected"/>, or null when staff
    /// changed nothing (the tagger will find the same again).
    /// </summary>
    public string? SidecarJsonComparedTo(StatementFields detected)
    {
        ArgumentNullException.ThrowIfNull(detected);
        var now = Normalized();
        var was = detected.Normalized();
        static string? Changed(string current, string previous) => current == previous ? null : current;
        string? session = null;
        if (now.Session != was.Session && UnSession.TryParse(now.Session, out var parsed))
        {
            session = parsed.Value.ToString();
        }
        var sidecar = new SidecarFile
        {
            Title = Changed(now.Title, was.Title),
            Date = Changed(now.Date, was.Date) is { Length: > 0 } d ? d : null,
            Language = Changed(now.Language, was.Language),
            Body = Changed(now.Body, was.Body) is { Length: > 0 } b ? b : null,
            Session = session,
            Type = Changed(now.Type, was.Type) is { Length: > 0 } t ? t : null,
            Location = Changed(now.Location, was.Location) is { Length: > 0 } l ? l : null,
            Topics = now.Topics.SequenceEqual(was.Topics) ? null : now.Topics,
            Symbol = Changed(now.Symbol, was.Symbol) is { Length: > 0 } s ? UnSymbol.Normalize(s) ?? s : null,
            CitedSymbols = now.CitedSymbols.SequenceEqual(was.CitedSymbols) ? null : now.CitedSymbols,
        };
        var json = JsonSerializer.Serialize(sidecar, SidecarJson);
        return json.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal) == "{}" ? null : json + "\n";
    }

    /// <summary>
    /// The year folder (statements/README.md): the session's year when there is a session, else the date's year,
    /// else <paramref name="fallback"/>.
    /// </summary>
    public int Year(Taxonomy taxonomy, int fallback)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var f = Normalized();
        if (UnSession.TryParse(f.Session, out var session) && taxonomy.Body(session.Value.Body)?.Sessions is { } rule)
        {
            return rule.YearOf(session.Value.Number);
        }
        if (DateOnly.TryParseExact(f.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.Year;
        }
        return fallback;
    }

    // The sidecar format of statements/README.md; null members are left out.
    private sealed record SidecarFile
    {
        public string? Title { get; init; }
        public string? Date { get; init; }
        public string? Language { get; init; }
        public string? Body { get; init; }
        public string? Session { get; init; }
        public string? Type { get; init; }
        public string? Location { get; init; }
        public IReadOnlyList<string>? Topics { get; init; }
        public string? Symbol { get; init; }
        public IReadOnlyList<string>? CitedSymbols { get; init; }
    }
}

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using MMM.Statements.Model;

namespace MMM.Statements.Tagging;

/// <summary>A session's theme in the three languages, and where it was taken from (a UN page or document).</summary>
public sealed record SessionTheme(LocalizedText Text, string Source);

/// <summary>
/// When a session met: <see cref="Start"/> and <see cref="End"/> when the days are known, otherwise only
/// <see cref="Year"/> and <see cref="Month"/>.
/// </summary>
public sealed record SessionDates(int Year, int Month, DateOnly? Start, DateOnly? End)
{
    public bool HasDays => Start is not null && End is not null;
}

/// <summary>
/// One session of a UN body: its canonical form (<c>CSocD64</c>, the facet value the index holds), its body in the
/// taxonomy, its full name, when and where it met, and its priority and review themes where the UN gave them.
/// <see cref="Place"/> is null when the place is the taxonomy location <see cref="LocationId"/>.
/// </summary>
public sealed record SessionInfo(
    UnSession Session,
    TaxonomyBody Body,
    LocalizedText Name,
    SessionDates Dates,
    string? LocationId,
    LocalizedText? Place,
    SessionTheme? PriorityTheme,
    SessionTheme? ReviewTheme)
{
    /// <summary>The canonical form, as the <c>session</c> facet holds it.</summary>
    public string Key => Session.ToString();
}

/// <summary>
/// The sessions MMM may speak at, read from <c>statements/sessions.json</c> beside the taxonomy (embedded as
/// <see cref="Default"/>): each session's dates, place and themes, and per body how its sessions are named
/// (<c>{ordinal} session of the Commission for Social Development</c>). Sessions of one body are ordered by number,
/// so a page can link to the previous and the next one.
/// </summary>
public sealed partial class SessionCalendar
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field ("priorityThem") would silently drop a theme: refuse the file instead.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<SessionCalendar> DefaultCalendar = new(() => LoadEmbedded(Taxonomy.Default));

    private readonly Dictionary<string, SessionInfo> _byKey;

    private SessionCalendar(IReadOnlyList<SessionInfo> sessions)
    {
        Sessions = sessions;
        _byKey = sessions.ToDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every session, by body in the taxonomy's order, then by number.</summary>
    public IReadOnlyList<SessionInfo> Sessions { get; }

    /// <summary>The calendar shipped with the code (a copy of <c>statements/sessions.json</c> at build time), read against the default taxonomy.</summary>
    public static SessionCalendar Default => DefaultCalendar.Value;

    public static SessionCalendar Load(string path, Taxonomy taxonomy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), taxonomy);
    }

    /// <summary>The session whose canonical form is <paramref name="session"/>, in any case (<c>csocd64</c>); null when unknown.</summary>
    public SessionInfo? Find(string? session) =>
        session is not null && _byKey.TryGetValue(session.Trim(), out var info) ? info : null;

    /// <summary>The session of the same body with the next lower number, if the calendar has one.</summary>
    public SessionInfo? Previous(SessionInfo session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Sessions.Where(s => s.Body.Id == session.Body.Id && s.Session.Number < session.Session.Number)
            .MaxBy(s => s.Session.Number);
    }

    /// <summary>The session of the same body with the next higher number, if the calendar has one.</summary>
    public SessionInfo? Next(SessionInfo session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Sessions.Where(s => s.Body.Id == session.Body.Id && s.Session.Number > session.Session.Number)
            .MinBy(s => s.Session.Number);
    }

    /// <exception cref="FormatException">The JSON is not a valid session calendar for this taxonomy (the message says what is wrong).</exception>
    public static SessionCalendar Parse(string json, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(taxonomy);
        CalendarFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CalendarFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException("sessions: invalid JSON: " + e.Message, e);
        }
        if (file?.Sessions is not { Count: > 0 })
        {
            throw new FormatException("sessions: no sessions");
        }
        if (file.Version != 1)
        {
            throw new FormatException($"sessions: unknown version {file.Version} (this code reads version 1)");
        }
        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (bodyId, template) in file.Names ?? [])
        {
            var body = taxonomy.Bodies.FirstOrDefault(b => b.Id == bodyId)
                ?? throw new FormatException($"sessions: names: '{bodyId}' is not a body of the taxonomy");
            names[body.Id] = Text(template, $"names.{bodyId}");
        }
        var sessions = new List<SessionInfo>();
        foreach (var entry in file.Sessions)
        {
            sessions.Add(ToSession(entry, taxonomy, names));
        }
        var duplicate = sessions.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"sessions: {duplicate.Key} appears twice");
        }
        var bodyOrder = taxonomy.Bodies.Select((b, i) => (b.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return new SessionCalendar(sessions.OrderBy(s => bodyOrder[s.Body.Id]).ThenBy(s => s.Session.Number).ToList());
    }

    /// <summary>A session's name from its body's template: <c>{number}</c> is the number (or year), <c>{ordinal}</c> the ordinal in each language (64e, 64th, 64.º).</summary>
    public static LocalizedText FormatName(LocalizedText template, int number)
    {
        ArgumentNullException.ThrowIfNull(template);
        var digits = number.ToString(CultureInfo.InvariantCulture);
        string Fill(string text, string ordinal) => text.Replace("{ordinal}", ordinal, StringComparison.Ordinal).Replace("{number}", digits, StringComparison.Ordinal);
        var english = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return new LocalizedText(
            Fill(template.Fr, number == 1 ? "1re" : digits + "e"),
            Fill(template.En, digits + english),
            Fill(template.Es, digits + ".º"));
    }

    private static SessionInfo ToSession(SessionJson entry, Taxonomy taxonomy, Dictionary<string, LocalizedText> names)
    {
        var key = entry.Session?.Trim() ?? "";
        var match = SessionForm().Match(key);
        if (!match.Success)
        {
            throw new FormatException($"sessions: '{entry.Session}' is not a session in canonical form (CSW68, HLPF2025)");
        }
        var code = match.Groups[1].Value;
        var body = taxonomy.Bodies.FirstOrDefault(b => b.Sessions is not null && b.SessionCode == code)
            ?? throw new FormatException($"sessions: {key}: no body of the taxonomy numbers sessions as '{code}'");
        var session = new UnSession(code, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        var name = entry.Name is not null ? Text(entry.Name, key + ".name")
            : names.TryGetValue(body.Id, out var template) ? FormatName(template, session.Number)
            : throw new FormatException($"sessions: {key}: no name, and no names.{body.Id} template to form one");
        if (entry.Location is not null && taxonomy.Locations.All(l => l.Id != entry.Location))
        {
            throw new FormatException($"sessions: {key}: location '{entry.Location}' is not a location of the taxonomy");
        }
        return new SessionInfo(
            session,
            body,
            name,
            Dates(entry, key),
            entry.Location ?? (entry.Place is null ? body.Location : null),
            entry.Place is null ? null : Text(entry.Place, key + ".place"),
            Theme(entry.PriorityTheme, key + ".priorityTheme"),
            Theme(entry.ReviewTheme, key + ".reviewTheme"));
    }

    private static SessionDates Dates(SessionJson entry, string key)
    {
        if (entry.Month is { } month)
        {
            if (entry.Start is not null || entry.End is not null)
            {
                throw new FormatException($"sessions: {key}: give either month or start and end, not both");
            }
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                throw new FormatException($"sessions: {key}: month '{month}' is not YYYY-MM");
            }
            return new SessionDates(first.Year, first.Month, null, null);
        }
        if (!DateOnly.TryParseExact(entry.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(entry.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            throw new FormatException($"sessions: {key}: start and end must be dates (YYYY-MM-DD), or month YYYY-MM");
        }
        if (end < start)
        {
            throw new FormatException($"sessions: {key}: ends ({entry.End}) before it starts ({entry.Start})");
        }
        return new SessionDates(start.Year, start.Month, start, end);
    }

    private static SessionTheme? Theme(ThemeJson? theme, string where)
    {
        if (theme is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(theme.Source))
        {
            throw new FormatException($"sessions: {where}: a theme needs a source (the UN page or document it comes from)");
        }
        return new SessionTheme(Text(new TextJson(theme.Fr, theme.En, theme.Es), where), theme.Source);
    }

    private static LocalizedText Text(TextJson text, string where)
    {
        // A text missing in one language would show another language's words on that page: refuse it.
        foreach (var (language, value) in new[] { ("fr", text.Fr), ("en", text.En), ("es", text.Es) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new FormatException($"sessions: {where}: no {language} text");
            }
        }
        return new LocalizedText(text.Fr!, text.En!, text.Es!);
    }

    private static SessionCalendar LoadEmbedded(Taxonomy taxonomy)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MMM.Statements.sessions.json")
            ?? throw new InvalidOperationException("sessions.json is not embedded in MMM.Statements.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), taxonomy);
    }

    [GeneratedRegex(@"^([A-Za-z]+)([0-9]{1,4})$")]
    private static partial Regex SessionForm();

    private sealed record CalendarFile(int? Version, string? Note, Dictionary<string, TextJson>? Names, List<SessionJson>? Sessions);

    private sealed record TextJson(string? Fr, string? En, string? Es);

    private sealed record ThemeJson(string? Fr, string? En, string? Es, string? Source);

    private sealed record SessionJson(
        string? Session, TextJson? Name, string? Start, string? End, string? Month, string? Location, TextJson? Place,
        ThemeJson? PriorityTheme, ThemeJson? ReviewTheme);
}

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MMM.Statements.Tagging;

/// <summary>A text in the three languages the site shows.</summary>
public sealed record LocalizedText(string Fr, string En, string Es)
{
    /// <summary>The text for a UI language; French for anything unknown.</summary>
    public string For(string? language) => language switch
    {
        "en" => En,
        "es" => Es,
        _ => Fr,
    };
}

/// <summary>
/// How a body numbers its sessions. <c>sequential</c>: session <c>FirstNumber</c> is the first of <c>FirstYear</c>,
/// there are <c>PerYear</c> sessions a year (starting in <c>StartMonths</c>) and one session every <c>YearsApart</c>
/// years (the UNESCO General Conference meets every second year); <c>year</c>: named by year (HLPF).
/// <c>Code</c> is what the canonical session starts with when it is not the body's id (body <c>FfD4</c>, session <c>FfD4</c>
/// = code <c>FfD</c> + 4).
/// </summary>
public sealed record SessionRule(string Numbering, int FirstYear, int FirstNumber, int PerYear, IReadOnlyList<int> StartMonths)
{
    public string? Code { get; init; }

    public int YearsApart { get; init; } = 1;

    public bool ByYear => Numbering == "year";

    /// <summary>The year session <paramref name="number"/> is held in.</summary>
    public int YearOf(int number) =>
        ByYear ? number : FirstYear + YearsApart * (int)Math.Floor((number - FirstNumber) / (double)PerYear);

    /// <summary>The first session held in <paramref name="year"/> (or the year itself for the HLPF); for a body that
    /// meets every few years, the last session held by then.</summary>
    public int FirstOf(int year) =>
        ByYear ? year : FirstNumber + PerYear * (int)Math.Floor((year - FirstYear) / (double)YearsApart);

    /// <summary>
    /// The session a statement dated <paramref name="date"/> most likely speaks to: written statements are filed a
    /// few months ahead, so a date after the year's last session start points to the next year's first session.
    /// </summary>
    public int ForDate(DateOnly date)
    {
        if (ByYear)
        {
            return date.Year;
        }
        var months = StartMonths.Count > 0 ? StartMonths : [1];
        for (var k = 0; k < months.Count && k < PerYear; k++)
        {
            if (months[k] >= date.Month - 1)
            {
                return FirstOf(date.Year) + k;
            }
        }
        return FirstOf(date.Year + YearsApart);
    }
}

/// <summary>
/// A UN body or other forum (facet <c>body</c>); <c>EventYear</c> for a one-off conference (FfD4: 2025).
/// <c>SessionNames</c> are the words that, after an ordinal, name one of its sessions ("40th <i>General Conference</i>",
/// "112th <i>International Labour Conference</i>"); its <c>Names</c> do too ("63rd Commission on the Status of Women").
/// </summary>
public sealed record TaxonomyBody(
    string Id,
    LocalizedText Labels,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> SymbolPatterns,
    SessionRule? Sessions,
    string? Location,
    int? EventYear = null)
{
    public IReadOnlyList<string> SessionNames { get; init; } = [];

    /// <summary>What this body's canonical sessions start with: <c>CSW</c> for CSW68, <c>FfD</c> for FfD4.</summary>
    public string SessionCode => Sessions?.Code ?? Id;

    /// <summary>True when <paramref name="normalizedSymbol"/> belongs to this body's document series.</summary>
    public bool OwnsSymbol(string normalizedSymbol) =>
        SymbolPatterns.Any(p => Regex.IsMatch(normalizedSymbol, p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));
}

/// <summary>
/// A document type (facet <c>type</c>) and the phrases that announce it: <c>Cues</c> anywhere in the title or the
/// head of the text, <c>TitleCues</c> in the title only (words like "rapport" are too common in running text).
/// </summary>
public sealed record TaxonomyType(string Id, LocalizedText Labels, IReadOnlyList<string> Cues, IReadOnlyList<string> TitleCues);

/// <summary>Terms of a topic in each language.</summary>
public sealed record LocalizedTerms(IReadOnlyList<string> Fr, IReadOnlyList<string> En, IReadOnlyList<string> Es)
{
    public IReadOnlyList<string> For(string? language) => language switch
    {
        "en" => En,
        "es" => Es,
        _ => Fr,
    };
}

/// <summary>A topic (facet <c>topic</c>).</summary>
public sealed record TaxonomyTopic(string Id, LocalizedText Labels, LocalizedTerms Terms);

/// <summary>A place (facet <c>location</c>) and the words that name it.</summary>
public sealed record TaxonomyLocation(string Id, LocalizedText Labels, IReadOnlyList<string> Cues);

/// <summary>An organisation MMM signs with (facet <c>partner</c>): its label per language and every name and acronym it goes by.</summary>
public sealed record TaxonomyPartner(string Id, LocalizedText Labels, IReadOnlyList<string> Names);

/// <summary>
/// The tagging vocabulary, read from <c>statements/taxonomy.json</c>: bodies with their names, acronyms, symbol
/// series and session rules; document types with cue phrases; topics with terms in French, English and Spanish;
/// locations with cue words; the partner organisations with their names. The same file is embedded in the assembly as <see cref="Default"/>.
/// </summary>
public sealed class Taxonomy
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<Taxonomy> DefaultTaxonomy = new(LoadEmbedded);

    private static readonly LocalizedText LanguageFrench = new("Français", "French", "Francés");
    private static readonly LocalizedText LanguageEnglish = new("Anglais", "English", "Inglés");
    private static readonly LocalizedText LanguageSpanish = new("Espagnol", "Spanish", "Español");

    private Taxonomy(IReadOnlyList<TaxonomyBody> bodies, IReadOnlyList<TaxonomyType> types, IReadOnlyList<TaxonomyTopic> topics, IReadOnlyList<TaxonomyLocation> locations, IReadOnlyList<TaxonomyPartner> partners)
    {
        Bodies = bodies;
        Types = types;
        Topics = topics;
        Locations = locations;
        Partners = partners;
    }

    public IReadOnlyList<TaxonomyBody> Bodies { get; }
    public IReadOnlyList<TaxonomyType> Types { get; }
    public IReadOnlyList<TaxonomyTopic> Topics { get; }
    public IReadOnlyList<TaxonomyLocation> Locations { get; }
    public IReadOnlyList<TaxonomyPartner> Partners { get; }

    /// <summary>The taxonomy shipped with the code (a copy of <c>statements/taxonomy.json</c> at build time).</summary>
    public static Taxonomy Default => DefaultTaxonomy.Value;

    public static Taxonomy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path));
    }

    /// <exception cref="FormatException">The JSON is not a valid taxonomy (the message says what is wrong).</exception>
    public static Taxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TaxonomyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TaxonomyFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException("taxonomy: invalid JSON: " + e.Message, e);
        }
        if (file is null)
        {
            throw new FormatException("taxonomy: empty document");
        }
        var bodies = (file.Bodies ?? []).Select(ToBody).ToList();
        var types = (file.Types ?? []).Select(t => new TaxonomyType(Required(t.Id, "type id"), ToText(t.Labels, t.Id), t.Cues ?? [], t.TitleCues ?? [])).ToList();
        var topics = (file.Topics ?? []).Select(t => new TaxonomyTopic(
            Required(t.Id, "topic id"),
            ToText(t.Labels, t.Id),
            new LocalizedTerms(t.Terms?.Fr ?? [], t.Terms?.En ?? [], t.Terms?.Es ?? []))).ToList();
        var locations = (file.Locations ?? []).Select(l => new TaxonomyLocation(Required(l.Id, "location id"), ToText(l.Labels, l.Id), l.Cues ?? [])).ToList();
        var partners = (file.Partners ?? []).Select(p => new TaxonomyPartner(Required(p.Id, "partner id"), ToText(p.Labels, p.Id), p.Names ?? [])).ToList();
        foreach (var (facet, ids) in new[] { ("body", bodies.Select(b => b.Id)), ("type", types.Select(t => t.Id)), ("topic", topics.Select(t => t.Id)), ("location", locations.Select(l => l.Id)), ("partner", partners.Select(p => p.Id)) })
        {
            var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new FormatException($"taxonomy: {facet} id '{duplicate.Key}' appears twice");
            }
        }
        return new Taxonomy(bodies, types, topics, locations, partners);
    }

    /// <summary>The body with this id, or whose sessions start with this code (<c>FfD</c> → FfD4).</summary>
    public TaxonomyBody? Body(string? id) =>
        Bodies.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? Bodies.FirstOrDefault(b => b.Sessions?.Code is { } code && string.Equals(code, id, StringComparison.OrdinalIgnoreCase));

    public TaxonomyTopic? Topic(string? id) => Topics.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// What the site shows for a facet value in a UI language (fr, en, es): the taxonomy's label for
    /// body, type, topic, location, partner and language, the value itself for anything else (sessions, years, a
    /// partner the taxonomy does not know, kept as the statement writes it).
    /// </summary>
    public string Label(string facet, string id, string uiLanguage)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(id);
        var labels = facet switch
        {
            "body" => Body(id)?.Labels,
            "type" => Types.FirstOrDefault(t => t.Id == id)?.Labels,
            "topic" => Topic(id)?.Labels,
            "location" => Locations.FirstOrDefault(l => l.Id == id)?.Labels,
            "partner" => Partners.FirstOrDefault(p => p.Id == id)?.Labels,
            "language" => id switch { "fr" => LanguageFrench, "en" => LanguageEnglish, "es" => LanguageSpanish, _ => null },
            _ => null,
        };
        return labels?.For(uiLanguage) ?? id;
    }

    /// <summary>The terms of a topic in a language (for cross-language search); empty for an unknown topic.</summary>
    public IReadOnlyList<string> EquivalentTerms(string topicId, string language)
    {
        ArgumentNullException.ThrowIfNull(topicId);
        return Topic(topicId)?.Terms.For(language) ?? [];
    }

    private static TaxonomyBody ToBody(BodyJson b)
    {
        var id = Required(b.Id, "body id");
        SessionRule? rule = null;
        if (b.Sessions is { } s)
        {
            if (s.Numbering is not ("sequential" or "year"))
            {
                throw new FormatException($"taxonomy: body {id}: sessions.numbering must be 'sequential' or 'year'");
            }
            if (s.Numbering == "sequential" && (s.FirstYear is null || s.FirstNumber is null))
            {
                throw new FormatException($"taxonomy: body {id}: sequential sessions need firstYear and firstNumber");
            }
            rule = new SessionRule(s.Numbering, s.FirstYear ?? 0, s.FirstNumber ?? 0, Math.Max(1, s.PerYear ?? 1), s.StartMonths ?? [])
            {
                Code = string.IsNullOrWhiteSpace(s.Code) ? null : s.Code,
                YearsApart = Math.Max(1, s.YearsApart ?? 1),
            };
        }
        foreach (var pattern in b.SymbolPatterns ?? [])
        {
            try
            {
                _ = new Regex(pattern);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"taxonomy: body {id}: bad symbol pattern '{pattern}': {e.Message}", e);
            }
        }
        return new TaxonomyBody(id, ToText(b.Labels, id), b.Names ?? [], b.Acronyms ?? [], b.SymbolPatterns ?? [], rule, b.Location, b.EventYear)
        {
            SessionNames = b.SessionNames ?? [],
        };
    }

    private static LocalizedText ToText(LabelsJson? labels, string? fallback)
    {
        var fr = labels?.Fr ?? fallback ?? "";
        return new LocalizedText(fr, labels?.En ?? fr, labels?.Es ?? fr);
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"taxonomy: missing {what}") : value;

    private static Taxonomy LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MMM.Statements.taxonomy.json")
            ?? throw new InvalidOperationException("taxonomy.json is not embedded in MMM.Statements.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record TaxonomyFile(List<BodyJson>? Bodies, List<TypeJson>? Types, List<TopicJson>? Topics, List<LocationJson>? Locations, List<PartnerJson>? Partners);

    private sealed record LabelsJson(string? Fr, string? En, string? Es);

    private sealed record SessionsJson(string? Numbering, int? FirstYear, int? FirstNumber, int? PerYear, List<int>? StartMonths, string? Code, int? YearsApart);

    private sealed record BodyJson(
        string? Id, LabelsJson? Labels, List<string>? Names, List<string>? Acronyms, List<string>? SymbolPatterns, SessionsJson? Sessions,
        string? Location, int? EventYear, List<string>? SessionNames);

    private sealed record TypeJson(string? Id, LabelsJson? Labels, List<string>? Cues, List<string>? TitleCues);

    private sealed record TermsJson(List<string>? Fr, List<string>? En, List<string>? Es);

    private sealed record TopicJson(string? Id, LabelsJson? Labels, TermsJson? Terms);

    private sealed record LocationJson(string? Id, LabelsJson? Labels, List<string>? Cues);

    private sealed record PartnerJson(string? Id, LabelsJson? Labels, List<string>? Names);
}

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MMM.Statements.Tagging;

/// <summary>
/// How one language says "we ask": the subjects and verbs of a lead-in sentence, verbs that carry their own subject
/// (Spanish <c>pedimos</c>), the headings of a recommendation list and the words of a sentence that announces one, the
/// words that make a verb an invitation to the reader, the conjunctions that give the subject a second verb, the words
/// that make it a question, those that make its subject a relative clause's, how an item of a list without bullets
/// starts and what makes a sentence a statement instead. Every phrase is kept folded (<see cref="Folding"/>).
/// </summary>
public sealed record AskLanguage(
    IReadOnlyList<string[]> Subjects,
    IReadOnlyList<string[]> Verbs,
    IReadOnlyList<string[]> OwnVerbs,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> ListIntroductions,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<string> Conjunctions,
    IReadOnlyList<string[]> Questions,
    IReadOnlyList<string> Relatives,
    IReadOnlyList<string> ItemEndings,
    IReadOnlyList<string> StatementMarks);

/// <summary>
/// The rules the tagger finds a statement's asks by, read from <c>statements/asks.json</c> (beside the taxonomy; the
/// same file is embedded as <see cref="Default"/>). A file that cannot be read is refused with a message naming the file
/// and the entry, as the taxonomy is.
/// </summary>
public sealed class AskRules
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<AskRules> DefaultRules = new(LoadEmbedded);

    private AskRules(IReadOnlyDictionary<string, AskLanguage> languages, IReadOnlyList<string> bullets, Regex marker)
    {
        Languages = languages;
        Bullets = bullets;
        Marker = marker;
    }

    /// <summary>The rules of each language (fr, en, es).</summary>
    public IReadOnlyDictionary<string, AskLanguage> Languages { get; }

    public IReadOnlyList<string> Bullets { get; }

    /// <summary>A list item's marker at the start of a line (a bullet, <c>1.</c>, <c>a)</c>…) and the spaces after it.</summary>
    internal Regex Marker { get; }

    /// <summary>The rules shipped with the code (a copy of <c>statements/asks.json</c> at build time).</summary>
    public static AskRules Default => DefaultRules.Value;

    /// <exception cref="FormatException">The file is not valid (the message names the file and the entry).</exception>
    public static AskRules Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <exception cref="FormatException">The JSON is not valid rules (the message names <paramref name="source"/> and the entry).</exception>
    public static AskRules Parse(string json, string source = "asks.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        AsksFile? file;
        try
        {
            file = JsonSerializer.Deserialize<AsksFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: invalid JSON: {e.Message}", e);
        }
        if (file?.Languages is not { Count: > 0 } languages)
        {
            throw new FormatException($"{source}: \"languages\" is missing or empty");
        }
        var rules = new Dictionary<string, AskLanguage>(StringComparer.Ordinal);
        foreach (var (code, entry) in languages)
        {
            var where = $"{source}: languages.{code}";
            if (code is not ("fr" or "en" or "es"))
            {
                throw new FormatException($"{where}: unknown language (fr, en or es)");
            }
            if (entry is null)
            {
                throw new FormatException($"{where}: empty entry");
            }
            var subjects = Phrases(entry.Subjects, $"{where}.subjects");
            var verbs = Phrases(entry.Verbs, $"{where}.verbs");
            var ownVerbs = Phrases(entry.OwnVerbs, $"{where}.ownVerbs");
            if (verbs.Count == 0 || (subjects.Count == 0 && ownVerbs.Count == 0))
            {
                throw new FormatException($"{where}: needs verbs, and subjects or ownVerbs");
            }
            rules[code] = new AskLanguage(subjects, verbs, ownVerbs,
                Joined(entry.Headings, $"{where}.headings"),
                Joined(entry.ListIntroductions, $"{where}.listIntroductions"),
                Joined(entry.Addressees, $"{where}.addressees"),
                Joined(entry.Conjunctions, $"{where}.conjunctions"),
                Phrases(entry.Questions, $"{where}.questions"),
                Joined(entry.Relatives, $"{where}.relatives"),
                Joined(entry.ItemEndings, $"{where}.itemEndings"),
                Joined(entry.StatementMarks, $"{where}.statementMarks"));
        }
        var bullets = new List<string>();
        for (var i = 0; i < (file.Bullets ?? []).Count; i++)
        {
            var bullet = file.Bullets![i];
            if (string.IsNullOrWhiteSpace(bullet) || bullet.Trim().Length > 3 || bullet.Trim().Any(char.IsLetterOrDigit))
            {
                throw new FormatException($"{source}: bullets[{i}]: \"{bullet}\" is not a bullet (one to three signs, no letter or digit)");
            }
            bullets.Add(bullet.Trim());
        }
        var alternatives = bullets.Select(Regex.Escape).ToList();
        for (var i = 0; i < (file.Numbering ?? []).Count; i++)
        {
            alternatives.Add(Numbering(file.Numbering![i], $"{source}: numbering[{i}]"));
        }
        if (alternatives.Count == 0)
        {
            throw new FormatException($"{source}: needs bullets or numbering");
        }
        var marker = new Regex(@"^\s*(?:" + string.Join('|', alternatives) + @")\s+", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        return new AskRules(rules, bullets, marker);
    }

    /// <summary>The rules of a language; French for one the file does not have.</summary>
    public AskLanguage For(string language) =>
        Languages.TryGetValue(language, out var rules) ? rules : Languages.GetValueOrDefault("fr") ?? Languages.Values.First();

    private static List<string[]> Phrases(List<string?>? values, string where)
    {
        var phrases = new List<string[]>();
        for (var i = 0; i < (values ?? []).Count; i++)
        {
            var folded = Folding.FoldPhrase(values![i] ?? "");
            if (folded.Length == 0)
            {
                throw new FormatException($"{where}[{i}]: empty phrase");
            }
            phrases.Add(folded.Split(' '));
        }
        return phrases;
    }

    private static List<string> Joined(List<string?>? values, string where) => Phrases(values, where).Select(p => string.Join(' ', p)).ToList();

    /// <summary>A numbering template as a pattern: <c>1</c> any number, <c>a</c> a letter, <c>i</c> a roman numeral, the rest as written.</summary>
    private static string Numbering(string? template, string where)
    {
        var t = template?.Trim() ?? "";
        var kinds = t.Count(c => c is '1' or 'a' or 'i');
        if (t.Length is 0 or > 4 || kinds != 1 || t.Any(c => char.IsLetterOrDigit(c) && c is not ('1' or 'a' or 'i')))
        {
            throw new FormatException($"{where}: \"{template}\" is not a numbering template (one of 1, a or i with signs, e.g. \"1.\", \"a)\", \"(i)\")");
        }
        return string.Concat(t.Select(c => c switch
        {
            '1' => "[0-9]{1,2}",
            'a' => "[a-z]",
            'i' => "(?:i{1,3}|iv|v|vi{1,3}|ix|x)",
            _ => Regex.Escape(c.ToString()),
        }));
    }

    private static AskRules LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MMM.Statements.asks.json")
            ?? throw new InvalidOperationException("asks.json is not embedded in MMM.Statements.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record AsksFile(Dictionary<string, LanguageJson?>? Languages, List<string>? Bullets, List<string>? Numbering);

    private sealed record LanguageJson(List<string?>? Subjects, List<string?>? Verbs, List<string?>? OwnVerbs, List<string?>? Headings, List<string?>? ListIntroductions,
        List<string?>? Addressees, List<string?>? Conjunctions, List<string?>? Questions,
        List<string?>? Relatives, List<string?>? ItemEndings, List<string?>? StatementMarks);
}

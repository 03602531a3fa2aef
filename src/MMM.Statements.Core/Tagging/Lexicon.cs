using System.Reflection;
using System.Text.Json;

namespace MMM.Statements.Tagging;

/// <summary>
/// One lexicon entry: phrases that say the same thing in French, English and Spanish (<c>soins non rémunérés</c> ↔
/// <c>unpaid care</c> ↔ <c>cuidados no remunerados</c>). <c>Kind</c> is <c>body</c>, <c>topic</c>, <c>type</c>,
/// <c>session</c> or <c>word</c>; body and topic entries carry the taxonomy id after the colon (<c>body:HRC</c>).
/// </summary>
public sealed record LexiconEntry(string Id, string Kind, LocalizedTerms Phrases);

/// <summary>A run of query words (<c>Start</c>, <c>Length</c> in words) that the lexicon knows, and the entries it belongs to.</summary>
public sealed record LexiconMatch(int Start, int Length, IReadOnlyList<LexiconEntry> Entries);

/// <summary>
/// The bilingual FR ↔ EN ↔ ES lexicon of MMM's field (<c>statements/lexicon.json</c>, embedded as <see cref="Default"/>),
/// for translating the content words of a query: <see cref="Translate"/> gives, per other language, the phrases
/// equivalent to the words it recognises. Words are compared folded (case, accents, apostrophes) and without a plural
/// <c>s</c>/<c>x</c>, so <c>Mères</c>, <c>meres</c> and <c>mère</c> meet; the longest known phrase wins
/// (<c>droits de l'homme</c> before <c>droits</c>). Words it does not know are left out: the caller keeps the originals.
/// </summary>
/// <example>
/// <code>
/// var english = Lexicon.Default.Translate("fr", ["soins", "non", "rémunérés", "mères"])["en"];
/// // ["unpaid care", "unpaid care work", …, "mother", "mothers", "motherhood"]
/// </code>
/// </example>
public sealed class Lexicon
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<Lexicon> DefaultLexicon = new(LoadEmbedded);

    /// <summary>Per language, the phrases by their first key word, longest first.</summary>
    private readonly Dictionary<string, Dictionary<string, List<(string[] Keys, LexiconEntry Entry)>>> _byFirstWord;

    private Lexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        _byFirstWord = TextAnalyzerLanguages.ToDictionary(language => language, language =>
        {
            var index = new Dictionary<string, List<(string[] Keys, LexiconEntry Entry)>>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                foreach (var phrase in entry.Phrases.For(language))
                {
                    var keys = Keys(phrase);
                    if (keys.Length == 0)
                    {
                        continue;
                    }
                    if (!index.TryGetValue(keys[0], out var list))
                    {
                        index[keys[0]] = list = [];
                    }
                    list.Add((keys, entry));
                }
            }
            foreach (var list in index.Values)
            {
                list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
            }
            return index;
        }, StringComparer.Ordinal);
    }

    /// <summary>The languages the lexicon speaks, as the site and the analyzers name them.</summary>
    public static IReadOnlyList<string> TextAnalyzerLanguages { get; } = ["fr", "en", "es"];

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The lexicon shipped with the code (a copy of <c>statements/lexicon.json</c> at build time).</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    public static Lexicon Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path));
    }

    /// <exception cref="FormatException">The JSON is not a valid lexicon (the message says what is wrong).</exception>
    public static Lexicon Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        LexiconFile? file;
        try
        {
            file = JsonSerializer.Deserialize<LexiconFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException("lexicon: invalid JSON: " + e.Message, e);
        }
        if (file?.Entries is null)
        {
            throw new FormatException("lexicon: no entries");
        }
        var entries = new List<LexiconEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in file.Entries)
        {
            if (string.IsNullOrWhiteSpace(e.Id))
            {
                throw new FormatException("lexicon: an entry has no id");
            }
            if (!ids.Add(e.Id))
            {
                throw new FormatException($"lexicon: entry '{e.Id}' appears twice");
            }
            var phrases = new LocalizedTerms(Clean(e.Fr), Clean(e.En), Clean(e.Es));
            var missing = TextAnalyzerLanguages.FirstOrDefault(l => phrases.For(l).Count == 0);
            if (missing is not null)
            {
                // An entry that cannot be said in one language translates nothing into it, silently: refuse it instead.
                throw new FormatException($"lexicon: entry '{e.Id}' has no {missing} phrase");
            }
            entries.Add(new LexiconEntry(e.Id, string.IsNullOrWhiteSpace(e.Kind) ? "word" : e.Kind, phrases));
        }
        return new Lexicon(entries);
    }

    /// <summary>
    /// The runs of <paramref name="words"/> (in <paramref name="language"/>) that the lexicon knows, left to right, each the
    /// longest known phrase starting there. A word may hold several words (<c>l'homme</c>, <c>work-life</c>).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(string language, IReadOnlyList<string> words)
    {
        var index = IndexFor(language);
        ArgumentNullException.ThrowIfNull(words);
        // Each word may fold into several keys ("l'homme" → "l", "homme"); remember which word each key came from.
        var keys = new List<string>();
        var wordOfKey = new List<int>();
        for (var w = 0; w < words.Count; w++)
        {
            foreach (var key in Keys(words[w] ?? ""))
            {
                keys.Add(key);
                wordOfKey.Add(w);
            }
        }
        var matches = new List<LexiconMatch>();
        var i = 0;
        while (i < keys.Count)
        {
            var found = index.TryGetValue(keys[i], out var candidates)
                ? candidates.Where(c => c.Keys.Length <= keys.Count - i && c.Keys.AsSpan().SequenceEqual(keys.Skip(i).Take(c.Keys.Length).ToArray())).ToList()
                : [];
            if (found.Count == 0)
            {
                i++;
                continue;
            }
            var length = found[0].Keys.Length;
            var entries = found.Where(c => c.Keys.Length == length).Select(c => c.Entry).Distinct().ToList();
            var firstWord = wordOfKey[i];
            var lastWord = wordOfKey[i + length - 1];
            matches.Add(new LexiconMatch(firstWord, lastWord - firstWord + 1, entries));
            i += length;
        }
        return matches;
    }

    /// <summary>
    /// Per other language (the two that are not <paramref name="language"/>), the phrases equivalent to the words of
    /// <paramref name="words"/> the lexicon knows, in the order of the words, without repeats; empty lists when it knows
    /// none. The engine searches them beside the query's own words, ranked below them.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Translate(string language, IReadOnlyList<string> words)
    {
        var matches = Match(language, words);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var target in TextAnalyzerLanguages.Where(l => l != language))
        {
            result[target] = matches
                .SelectMany(m => m.Entries)
                .SelectMany(e => e.Phrases.For(target))
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        return result;
    }

    /// <summary>The folded, singular form of each word of a phrase: what matching compares.</summary>
    internal static string[] Keys(string phrase)
    {
        var folded = Folding.FoldPhrase(phrase);
        return folded.Length == 0 ? [] : folded.Split(' ').Select(Singular).ToArray();
    }

    // Plurals fold onto the singular (mères/mère, soins/soin, rights/right); short words (as, des, les) are kept whole.
    private static string Singular(string word) =>
        word.Length > 3 && word[^1] is 's' or 'x' ? word[..^1] : word;

    private Dictionary<string, List<(string[] Keys, LexiconEntry Entry)>> IndexFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _byFirstWord.TryGetValue(language, out var index)
            ? index
            : throw new ArgumentException($"language must be one of {string.Join(", ", TextAnalyzerLanguages)}, not '{language}'", nameof(language));
    }

    private static List<string> Clean(List<string>? phrases) =>
        (phrases ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static Lexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MMM.Statements.lexicon.json")
            ?? throw new InvalidOperationException("lexicon.json is not embedded in MMM.Statements.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record LexiconFile(List<EntryJson>? Entries);

    private sealed record EntryJson(string? Id, string? Kind, List<string>? Fr, List<string>? En, List<string>? Es);
}

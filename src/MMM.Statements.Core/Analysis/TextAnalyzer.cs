using System.Collections.Concurrent;
using MMM.Statements.Analysis.Stemming;
using MMM.Statements.Model;

namespace MMM.Statements.Analysis;

/// <summary>One analysed token: its index term, its position, and its offsets in the original text.</summary>
/// <remarks>
/// Several tokens share a position when the chain emits alternative forms (the stem of a word and the stem of its
/// accent-less spelling). Positions count removed stop words too, so the distance between words is kept for phrases.
/// </remarks>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>
/// The analysis chain for one language, the same at index and at query time:
/// normalisation → tokenizer → elision (French) → lower case → stop words → Snowball stemmer → accent folding.
/// Instances are immutable and shared by all threads.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Changes whenever the chain's output changes; an index built with another version is rebuilt.</summary>
    public const int Version = 2;

    public static readonly IReadOnlyList<string> Languages = ["fr", "en", "es"];

    private static readonly TextAnalyzer French = new("fr", Stemmers.French, elision: true);
    private static readonly TextAnalyzer English = new("en", Stemmers.English, elision: false);
    private static readonly TextAnalyzer Spanish = new("es", Stemmers.Spanish, elision: false);

    /// <summary>Enough for the vocabulary of a large corpus; past it, words are stemmed without being remembered.</summary>
    private const int MaxRememberedWords = 200_000;

    private readonly IStemmer _stemmer;
    private readonly StopWordFilter _stopWords;
    private readonly bool _elision;

    // Stemming is a pure function of the word and word frequencies are very skewed, so remembering the terms of
    // words already seen (thread-safe, never changing a result) spares most of the stemming work at index time.
    private readonly ConcurrentDictionary<string, (string Term, string? Alternative)> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Term, string? Alternative)>.AlternateLookup<ReadOnlySpan<char>> _termsBySpan;
    private int _rememberedWords;

    private TextAnalyzer(string language, IStemmer stemmer, bool elision)
    {
        Language = language;
        _stemmer = stemmer;
        _stopWords = StopWordFilter.For(language);
        _elision = elision;
        _termsBySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Language { get; }

    /// <summary>The analyzer of a language code (fr, en, es); anything else gets French.</summary>
    public static TextAnalyzer For(string? language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => French,
    };

    /// <summary>The index terms of <paramref name="text"/>, with their positions and their offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text) => Run(text, stem: true);

    /// <summary>
    /// The same chain without the stemmer: folded whole words, for a field that prefix queries
    /// (<see cref="AnalyzePrefix"/>) can match — <c>numéri*</c> cannot match the stem <c>numer</c>, but matches <c>numerique</c>.
    /// </summary>
    public IReadOnlyList<AnalyzedToken> AnalyzeWords(string text) => Run(text, stem: false);

    /// <summary>The chain, in order.</summary>
    private List<AnalyzedToken> Run(string text, bool stem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalizer.Normalize(text);                                // 1. normalisation
        var chars = normalized.Text.AsSpan();
        var tokens = new List<AnalyzedToken>(chars.Length / 6);
        Span<char> lower = stackalloc char[Tokenizer.MaxTokenLength];
        var position = 0;
        var cursor = 0;
        while (Tokenizer.Next(chars, ref cursor) is { } token)                        // 2. tokenizer
        {
            var word = chars.Slice(token.Start, token.Length);
            if (_elision)
            {
                word = ElisionFilter.Strip(word);                                       // 3. elision
            }
            ReadOnlySpan<char> lowered = lower[..word.ToLowerInvariant(lower)];       // 4. lower case
            if (!_stopWords.IsStopWord(lowered))                                        // 5. stop words
            {
                var start = normalized.OriginalStart(token.Start);
                var end = normalized.OriginalEnd(token.End - 1);
                var (term, alternative) = stem
                    ? TermsOf(lowered)                                                  // 6. stemmer, 7. folding
                    : (AccentFolder.Fold(lowered), null);                               // 7. folding
                if (term.Length > 0)
                {
                    tokens.Add(new AnalyzedToken(term, position, start, end));
                }
                if (alternative is { Length: > 0 })
                {
                    tokens.Add(new AnalyzedToken(alternative, position, start, end));
                }
            }
            position++;
        }
        return tokens;
    }

    /// <summary>
    /// The term of a prefix query (<c>numéri*</c>): normalised, elided, lower-cased and folded like a word, but not
    /// stemmed; null when nothing is left.
    /// </summary>
    public string? AnalyzePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var normalized = Normalizer.Normalize(prefix.TrimEnd('*', ' ')).Text.AsSpan();
        var cursor = 0;
        if (Tokenizer.Next(normalized, ref cursor) is not { } token)
        {
            return null;
        }
        var word = normalized.Slice(token.Start, token.Length);
        if (_elision)
        {
            word = ElisionFilter.Strip(word);
        }
        Span<char> lower = stackalloc char[Tokenizer.MaxTokenLength];
        var length = word.ToLowerInvariant(lower);
        return AccentFolder.Fold(lower[..length]);
    }

    /// <summary>The UN document symbols in <paramref name="text"/>, normalised (upper case, no spaces), for the exact symbol field.</summary>
    public static IReadOnlyList<string> FindSymbols(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return UnSymbol.FindAll(Normalizer.Normalize(text).Text);
    }

    private (string Term, string? Alternative) TermsOf(ReadOnlySpan<char> word)
    {
        if (_termsBySpan.TryGetValue(word, out var known))
        {
            return known;
        }
        var key = new string(word);
        var terms = StemAndFold(key);
        if (_rememberedWords < MaxRememberedWords && _terms.TryAdd(key, terms))
        {
            Interlocked.Increment(ref _rememberedWords);
        }
        return terms;
    }

    /// <summary>
    /// Steps 6 and 7. The French stemmer treats accented vowels specially, so <c>égalité</c> and <c>egalite</c> stem
    /// differently; an accented word therefore also yields the stem of its accent-less spelling, and the two meet.
    /// </summary>
    private (string Term, string? Alternative) StemAndFold(string word)
    {
        if (ContainsDigit(word))
        {
            // Numbers and codes (2024, csw68, 1er) are kept as they are.
            return (AccentFolder.Fold(word), null);
        }
        var term = Settle(AccentFolder.Fold(_stemmer.Stem(word)));
        if (!AccentFolder.NeedsFolding(word))
        {
            return (term, null);
        }
        var alternative = Settle(AccentFolder.Fold(_stemmer.Stem(AccentFolder.Fold(word))));
        return (term, alternative == term ? null : alternative);
    }

    /// <summary>
    /// Without its accents a French participle keeps a final e the stemmer would have removed (<c>remunerees</c> →
    /// <c>remunere</c>, but <c>rémunérés</c> → <c>remuner</c>); dropping a final e after folding, at index and query
    /// time alike, lets an advocate typing without accents find every inflection.
    /// </summary>
    private string Settle(string term) =>
        Language == "fr" && term.Length > 4 && term[^1] == 'e' ? term[..^1] : term;

    private static bool ContainsDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}

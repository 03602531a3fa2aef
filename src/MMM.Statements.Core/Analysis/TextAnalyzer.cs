using System.Globalization;
using System.Text;

namespace MMM.Statements.Analysis;

/// <summary>One analysed token: its index term, its position, and its offsets in the original text.</summary>
/// <remarks>Several tokens may share a position when the chain emits alternative forms.</remarks>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>
/// The analysis chain for one language, the same at index and at query time.
/// PLACEHOLDER: lower-cases, folds accents and splits on non-letters; the real chain
/// (normalisation → tokenizer → elision → lower case → stop words → Snowball → folding) replaces it.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Changes whenever the chain's output changes; an index built with another version is rebuilt.</summary>
    public const int Version = 0;

    public static readonly IReadOnlyList<string> Languages = ["fr", "en", "es"];

    private static readonly TextAnalyzer French = new("fr");
    private static readonly TextAnalyzer English = new("en");
    private static readonly TextAnalyzer Spanish = new("es");

    private TextAnalyzer(string language) => Language = language;

    public string Language { get; }

    /// <summary>The analyzer of a language code (fr, en, es); anything else gets French.</summary>
    public static TextAnalyzer For(string? language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => French,
    };

    public IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<AnalyzedToken>();
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                tokens.Add(new AnalyzedToken(Fold(text[start..i].ToLowerInvariant()), position++, start, i));
            }
        }
        return tokens;
    }

    /// <summary>The normalised, lower-cased, folded form of a prefix (not stemmed), or null when nothing is left.</summary>
    public string? AnalyzePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var folded = Fold(prefix.Trim().ToLowerInvariant());
        return folded.Length == 0 ? null : folded;
    }

    private static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

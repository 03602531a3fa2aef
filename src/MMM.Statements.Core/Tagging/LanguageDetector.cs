namespace MMM.Statements.Tagging;

/// <summary>
/// Tells French, English and Spanish apart from two kinds of evidence: frequent function words, which
/// dominate any running text, and characters and letter sequences typical of one language
/// (<c>ç</c>, <c>ñ</c>, <c>¿</c>, <c>th</c>, <c>eau</c>…), which still speak in short or list-like text.
/// Deterministic and pure; French when there is no evidence at all.
/// </summary>
public static class LanguageDetector
{
    public const string French = "fr";
    public const string English = "en";
    public const string Spanish = "es";

    // Short, frequent words that are each typical of one language; words the three share ("a", "de", "la", "en",
    // "que", "se", "no") are left out, because they only blur the scores.
    private static readonly HashSet<string> FrenchWords = new(StringComparer.Ordinal)
    {
        "le", "les", "des", "du", "et", "est", "sont", "une", "dans", "pour", "sur", "au", "aux", "qui", "ne", "pas",
        "ce", "cette", "ces", "nous", "vous", "ils", "elles", "leur", "leurs", "être", "été", "avec", "ou", "où", "mais",
        "plus", "par", "sa", "son", "ses", "il", "elle", "était", "ont", "fait", "comme", "aussi", "très",
        "notre", "nos", "afin", "ainsi", "doit", "doivent", "dont", "même", "tous", "toutes", "sans", "lors", "d", "l", "qu",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "are", "was", "were", "for", "on", "with", "that", "this", "these", "those",
        "by", "be", "been", "it", "its", "as", "at", "from", "which", "who", "or", "an", "have", "has", "had", "their",
        "they", "we", "our", "not", "but", "all", "can", "should", "must", "will", "would", "also", "such", "into",
        "more", "than", "other", "including", "through", "between", "women", "s",
    };

    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "el", "los", "las", "del", "y", "es", "son", "una", "para", "por", "con", "al", "lo", "su", "sus", "como",
        "más", "pero", "sobre", "este", "esta", "estos", "estas", "ese", "esa", "también", "han", "ha", "ser",
        "está", "están", "sin", "hay", "nuestra", "nuestro", "nuestros", "cuando", "donde", "muy", "mujeres", "niñas",
        "e", "o", "u", "ni", "cual", "cuales", "dicho", "así",
    };

    // Letter sequences (lower case) that are frequent in one language and rare in the other two.
    private static readonly (string Gram, string Language)[] Grams =
    [
        ("ç", French), ("è", French), ("ê", French), ("à", French), ("ù", French), ("œ", French), ("â", French), ("î", French),
        ("eau", French), ("aux", French), ("oi", French), ("ou", French), ("qu'", French), ("'", French), ("ée", French),
        ("mand", French), ("eur", French), ("ette", French),
        ("th", English), ("wh", English), ("ing", English), ("ght", English), ("ly ", English), ("w", English), ("k", English),
        ("mend", English), ("sh", English), ("ee", English), ("oo", English), ("ies ", English),
        ("ñ", Spanish), ("¿", Spanish), ("¡", Spanish), ("ó", Spanish), ("í", Spanish), ("á", Spanish), ("ú", Spanish),
        ("ción", Spanish), ("dad", Spanish), ("ll", Spanish), ("os ", Spanish), ("as ", Spanish),
        ("cione", Spanish), ("acion", Spanish), ("mient", Spanish),
    ];

    /// <summary>"fr", "en" or "es": the language with the most evidence in <paramref name="text"/>.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = Score(text);
        var best = French;
        foreach (var language in new[] { English, Spanish })
        {
            if (scores[language] > scores[best])
            {
                best = language;
            }
        }
        return best;
    }

    /// <summary>The evidence per language; the margin between the two best says how sure <see cref="Detect"/> is.</summary>
    public static IReadOnlyDictionary<string, double> Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Long documents say what they are within their first pages; bounding the work keeps tagging cheap.
        var sample = (text.Length > 20_000 ? text[..20_000] : text).ToLowerInvariant().Replace('’', '\'');
        var scores = new Dictionary<string, double> { [French] = 0, [English] = 0, [Spanish] = 0 };
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var inWord = i < sample.Length && char.IsLetter(sample[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = sample[start..i];
                if (FrenchWords.Contains(word))
                {
                    scores[French] += 1;
                }
                if (EnglishWords.Contains(word))
                {
                    scores[English] += 1;
                }
                if (SpanishWords.Contains(word))
                {
                    scores[Spanish] += 1;
                }
                start = -1;
            }
        }
        foreach (var (gram, language) in Grams)
        {
            scores[language] += 0.25 * Occurrences(sample, gram);
        }
        return scores;
    }

    private static int Occurrences(string text, string gram)
    {
        var count = 0;
        var index = text.IndexOf(gram, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = text.IndexOf(gram, index + gram.Length, StringComparison.Ordinal);
        }
        return count;
    }
}

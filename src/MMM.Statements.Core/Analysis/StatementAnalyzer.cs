using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace MMM.Statements.Analysis;

/// <summary>
/// The analysis chain of one language, the same at index and at query time, built from Lucene's components; our own
/// steps are small filters where Lucene has nothing (NFKC with true offsets, numbers kept whole, the French final e).
/// Thread-safe: Lucene keeps one chain per thread.
/// </summary>
public sealed class StatementAnalyzer : Analyzer
{
    public static readonly LuceneVersion Match = LuceneVersion.LUCENE_48;

    /// <summary>Longer "words" (base64, URLs glued by extraction) are dropped rather than indexed.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The 13 articles and pronouns Lucene's French analyzer strips before an apostrophe.</summary>
    internal static readonly CharArraySet FrenchArticleSet = new(Match,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    private readonly CharArraySet _stopWords;
    private readonly bool _stem;

    public StatementAnalyzer(string language, bool stem)
    {
        Language = language;
        _stem = stem;
        _stopWords = StopWords.For(language);
    }

    public string Language { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Match, reader) { MaxTokenLength = MaxWordLength }; // Unicode words; hyphens split
        TokenStream chain = source;
        if (Language == "fr")
        {
            chain = new ElisionFilter(chain, FrenchArticleSet);                     // l'État → État
        }
        if (Language == "en")
        {
            chain = new EnglishPossessiveFilter(Match, chain);                    // mothers' / mother's → mother
        }
        chain = new LowerCaseFilter(Match, chain);
        chain = new StopFilter(Match, chain, _stopWords);
        if (!_stem)
        {
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(chain));
        }
        // Snowball treats accented vowels specially, so égalité and egalite stem apart: the accent-less spelling is
        // stemmed too, at the same position, and the folded stems meet whichever way the word was typed.
        chain = new ASCIIFoldingFilter(chain, preserveOriginal: true);
        chain = new NumberKeywordFilter(chain);                                  // 2024, csw68, 1er: not stemmed
        chain = new SnowballFilter(chain, Stemmer(Language));
        chain = new ASCIIFoldingFilter(chain);
        if (Language == "fr")
        {
            chain = new FrenchFinalEFilter(chain);
        }
        chain = new RemoveDuplicatesTokenFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    private static SnowballProgram Stemmer(string language) => language switch
    {
        "en" => new EnglishStemmer(),
        "es" => new SpanishStemmer(),
        _ => new FrenchStemmer(),
    };
}

/// <summary>Lucene's Snowball stemmer of a language on one lower-case word, without folding (the CLI's <c>stem</c>).</summary>
public static class Stemmer
{
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram>? _programs;

    public static string Stem(string language, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        _programs ??= new Dictionary<string, SnowballProgram>(StringComparer.Ordinal);
        if (!_programs.TryGetValue(language, out var program))
        {
            _programs[language] = program = language switch
            {
                "en" => new EnglishStemmer(),
                "es" => new SpanishStemmer(),
                _ => new FrenchStemmer(),
            };
        }
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}

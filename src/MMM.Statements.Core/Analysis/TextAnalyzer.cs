using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using MMM.Statements.Model;

namespace MMM.Statements.Analysis;

/// <summary>One analysed token: its index term, its position, and its offsets in the original text.</summary>
/// <remarks>
/// Several tokens share a position when the chain emits alternative forms (the stem of a word and the stem of its
/// accent-less spelling). Positions count removed stop words too, so the distance between words is kept for phrases.
/// </remarks>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

/// <summary>
/// The analysis of one language (<see cref="StatementAnalyzer"/>, the Lucene chain the index uses) for code that
/// wants tokens rather than a token stream: the tagger's topic matching, the CLI's <c>analyze</c>, query rewriting.
/// Instances are immutable and shared by all threads.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Changes whenever the chain's output changes; an index built with another version is rebuilt.</summary>
    public const int Version = 3;

    public static readonly IReadOnlyList<string> Languages = ["fr", "en", "es"];

    private static readonly TextAnalyzer French = new("fr");
    private static readonly TextAnalyzer English = new("en");
    private static readonly TextAnalyzer Spanish = new("es");

    private TextAnalyzer(string language)
    {
        Language = language;
        Chain = new StatementAnalyzer(language, stem: true);
        Words = new StatementAnalyzer(language, stem: false);
    }

    public string Language { get; }

    /// <summary>The full chain: normalisation, words, elision, lower case, stop words, stemmer, folding.</summary>
    public Analyzer Chain { get; }

    /// <summary>The same chain without the stemmer: folded whole words (what prefix and fuzzy queries expand over).</summary>
    public Analyzer Words { get; }

    /// <summary>The analyzer of a language code (fr, en, es); anything else gets French.</summary>
    public static TextAnalyzer For(string? language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => French,
    };

    /// <summary>The index terms of <paramref name="text"/>, with their positions and their offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text) => Run(Chain, text);

    /// <summary>Folded whole words: <c>numéri*</c> cannot match the stem <c>numer</c>, but matches <c>numerique</c>.</summary>
    public IReadOnlyList<AnalyzedToken> AnalyzeWords(string text) => Run(Words, text);

    /// <summary>
    /// The term of a prefix query (<c>numéri*</c>): normalised, elided, lower-cased and folded like a word, but not
    /// stemmed; null when nothing is left (a stop word or no letters).
    /// </summary>
    public string? AnalyzePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var tokens = Run(Words, prefix.TrimEnd('*', ' '), keepStopWords: true);
        return tokens.Count == 0 ? null : tokens[0].Term;
    }

    /// <summary>The UN document symbols in <paramref name="text"/>, normalised (upper case, no spaces), for the exact symbol field.</summary>
    public static IReadOnlyList<string> FindSymbols(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return UnSymbol.FindAll(Normalizer.Normalize(text).Text);
    }

    private static readonly Dictionary<string, Analyzer> PrefixChains = Languages.ToDictionary(l => l, l => (Analyzer)new PrefixAnalyzer(l));

    private List<AnalyzedToken> Run(Analyzer analyzer, string text, bool keepStopWords = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (keepStopWords)
        {
            analyzer = PrefixChains[Language];
        }
        var tokens = new List<AnalyzedToken>(text.Length / 6 + 1);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offsets.StartOffset, offsets.EndOffset));
        }
        stream.End();
        return tokens;
    }

    /// <summary>Words of a prefix: like <see cref="Words"/> but keeping stop words (<c>mat*</c> must not vanish as a stop word).</summary>
    private sealed class PrefixAnalyzer(string language) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) => new NormalizingCharFilter(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new Lucene.Net.Analysis.Standard.StandardTokenizer(StatementAnalyzer.Match, reader);
            TokenStream chain = language == "fr"
                ? new Lucene.Net.Analysis.Util.ElisionFilter(source, StatementAnalyzer.FrenchArticleSet)
                : source;
            chain = new Lucene.Net.Analysis.Core.LowerCaseFilter(StatementAnalyzer.Match, chain);
            return new TokenStreamComponents(source, new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(chain));
        }
    }
}

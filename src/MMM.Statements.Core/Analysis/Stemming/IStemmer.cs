namespace MMM.Statements.Analysis.Stemming;

/// <summary>A Snowball stemmer for one language. Implementations are stateless and safe to share between threads.</summary>
public interface IStemmer
{
    /// <summary>The stem of one lower-case word.</summary>
    string Stem(string word);
}

/// <summary>The stemmer of a language code (fr, en, es); anything else gets French.</summary>
public static class Stemmers
{
    public static readonly IStemmer French = new FrenchStemmer();
    public static readonly IStemmer English = new EnglishStemmer();
    public static readonly IStemmer Spanish = new SpanishStemmer();

    public static IStemmer For(string? language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        _ => French,
    };
}

using System.Reflection;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace MMM.Statements.Analysis;

/// <summary>
/// The Snowball stop word list of a language (embedded with its BSD notice), as Lucene's <see cref="CharArraySet"/>.
/// The accent-folded spelling of each stop word is a stop word too, so <c>meme</c> is dropped like <c>même</c> and a
/// query typed without accents keeps the same words as the text it looks for.
/// </summary>
internal static class StopWords
{
    private static readonly Dictionary<string, CharArraySet> Lists = new(StringComparer.Ordinal)
    {
        ["fr"] = Load("french"),
        ["en"] = Load("english"),
        ["es"] = Load("spanish"),
    };

    public static CharArraySet For(string language) => Lists.GetValueOrDefault(language) ?? Lists["fr"];

    private static CharArraySet Load(string name)
    {
        var resource = $"MMM.Statements.Analysis.StopWords.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded stop word list {resource} is missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            // Snowball format: the word starts the line, a vertical bar starts a comment.
            var bar = line.IndexOf('|');
            var content = (bar >= 0 ? line[..bar] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }
            var word = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
            words.Add(word);
            words.Add(Fold(word));
        }
        return new CharArraySet(StatementAnalyzer.Match, words, ignoreCase: false).AsReadOnly();
    }

    /// <summary>Accents and ligatures folded to plain letters by Lucene's own table (<c>é</c> → <c>e</c>, <c>œ</c> → <c>oe</c>).</summary>
    internal static string Fold(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}

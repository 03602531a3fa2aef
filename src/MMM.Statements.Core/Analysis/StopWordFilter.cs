using System.Reflection;

namespace MMM.Statements.Analysis;

/// <summary>
/// Step 5: the Snowball stop word list of a language (shipped as embedded resources with their BSD notice).
/// The accent-folded spelling of each stop word is a stop word too, so <c>meme</c> is dropped like <c>même</c>
/// and a query typed without accents keeps the same words as the text it looks for.
/// </summary>
internal sealed class StopWordFilter
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private StopWordFilter(HashSet<string> words)
    {
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the lower-case <paramref name="word"/> is a stop word.</summary>
    public bool IsStopWord(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static StopWordFilter For(string language) => Load(language switch
    {
        "en" => "english",
        "es" => "spanish",
        _ => "french",
    });

    private static StopWordFilter Load(string name)
    {
        var resource = $"MMM.Statements.Analysis.StopWords.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded stop word list {resource} is missing");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
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
            words.Add(AccentFolder.Fold(word));
        }
        return new StopWordFilter(words);
    }
}

using MMM.Statements.Analysis;

namespace MMM.Statements.Tagging;

/// <summary>
/// Finds the taxonomy's topics in a document by matching each topic term as a sequence of analysed terms, so the
/// analyzer's stemming and folding make inflections and missing accents match too. A topic needs real evidence:
/// a term in the title, or repeated or varied mentions in the text; one passing mention is not enough.
/// </summary>
internal sealed class TopicMatcher
{
    /// <summary>Occurrences in the text that tag a topic without title evidence.</summary>
    internal const int MinTextOccurrences = 4;

    /// <summary>Distinct terms that, with at least three occurrences, also tag a topic.</summary>
    internal const int MinDistinctTerms = 2;

    private readonly Dictionary<string, IReadOnlyList<(string TopicId, string[] Terms)>> _termsByLanguage = new(StringComparer.Ordinal);
    private readonly Taxonomy _taxonomy;
    private readonly Lock _gate = new();

    public TopicMatcher(Taxonomy taxonomy) => _taxonomy = taxonomy;

    public IReadOnlyList<string> Match(string title, string text, string language)
    {
        var analyzer = TextAnalyzer.For(language);
        var terms = TermsFor(language);
        var titleTokens = analyzer.Analyze(title).Select(t => t.Term).ToArray();
        var textTokens = analyzer.Analyze(text.Length > 200_000 ? text[..200_000] : text).Select(t => t.Term).ToArray();
        var titleIndex = Index(titleTokens);
        var textIndex = Index(textTokens);
        var found = new List<string>();
        foreach (var topic in _taxonomy.Topics)
        {
            var inTitle = 0;
            var inText = 0;
            var distinct = 0;
            foreach (var (_, sequence) in terms.Where(t => t.TopicId == topic.Id))
            {
                inTitle += Occurrences(titleTokens, titleIndex, sequence);
                var n = Occurrences(textTokens, textIndex, sequence);
                inText += n;
                distinct += n > 0 ? 1 : 0;
            }
            if (inTitle > 0 || inText >= MinTextOccurrences || (distinct >= MinDistinctTerms && inText >= 3))
            {
                found.Add(topic.Id);
            }
        }
        return found;
    }

    private IReadOnlyList<(string TopicId, string[] Terms)> TermsFor(string language)
    {
        lock (_gate)
        {
            if (!_termsByLanguage.TryGetValue(language, out var terms))
            {
                var analyzer = TextAnalyzer.For(language);
                terms = _taxonomy.Topics
                    .SelectMany(topic => topic.Terms.For(language).Select(term => (topic.Id, analyzer.Analyze(term).Select(t => t.Term).ToArray())))
                    .Where(t => t.Item2.Length > 0)
                    .ToList();
                _termsByLanguage[language] = terms;
            }
            return terms;
        }
    }

    private static Dictionary<string, List<int>> Index(string[] tokens)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!index.TryGetValue(tokens[i], out var positions))
            {
                index[tokens[i]] = positions = [];
            }
            positions.Add(i);
        }
        return index;
    }

    private static int Occurrences(string[] tokens, Dictionary<string, List<int>> index, string[] sequence)
    {
        if (!index.TryGetValue(sequence[0], out var starts))
        {
            return 0;
        }
        var count = 0;
        foreach (var start in starts)
        {
            if (start + sequence.Length > tokens.Length)
            {
                break;
            }
            var all = true;
            for (var k = 1; k < sequence.Length && all; k++)
            {
                all = tokens[start + k] == sequence[k];
            }
            count += all ? 1 : 0;
        }
        return count;
    }
}

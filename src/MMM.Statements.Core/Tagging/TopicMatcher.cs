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

    private readonly Dictionary<string, IReadOnlyList<(string TopicId, AnalyzedTerm Term)>> _termsByLanguage = new(StringComparer.Ordinal);
    private readonly Taxonomy _taxonomy;
    private readonly Lock _gate = new();

    public TopicMatcher(Taxonomy taxonomy) => _taxonomy = taxonomy;

    public IReadOnlyList<string> Match(string title, string text, string language)
    {
        var analyzer = TextAnalyzer.For(language);
        var terms = TermsFor(language);
        var titleIndex = new PositionIndex(analyzer.Analyze(title));
        var textIndex = new PositionIndex(analyzer.Analyze(text.Length > 200_000 ? text[..200_000] : text));
        var found = new List<string>();
        foreach (var topic in _taxonomy.Topics)
        {
            var inTitle = 0;
            var inText = 0;
            var distinct = 0;
            foreach (var (_, term) in terms.Where(t => t.TopicId == topic.Id))
            {
                inTitle += titleIndex.Occurrences(term);
                var n = textIndex.Occurrences(term);
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

    private IReadOnlyList<(string TopicId, AnalyzedTerm Term)> TermsFor(string language)
    {
        lock (_gate)
        {
            if (!_termsByLanguage.TryGetValue(language, out var terms))
            {
                var analyzer = TextAnalyzer.For(language);
                terms = _taxonomy.Topics
                    .SelectMany(topic => topic.Terms.For(language).Select(term => (topic.Id, AnalyzedTerm.From(analyzer.Analyze(term)))))
                    .Where(t => t.Item2.Groups.Count > 0)
                    .ToList();
                _termsByLanguage[language] = terms;
            }
            return terms;
        }
    }

    /// <summary>
    /// A topic term as analysed: per position (relative to its first word) the terms the chain emits there. Positions
    /// keep the gaps of removed stop words, so "travail de soin" matches only those words in that order.
    /// </summary>
    internal sealed record AnalyzedTerm(IReadOnlyList<(int Offset, string[] Alternatives)> Groups)
    {
        public static AnalyzedTerm From(IReadOnlyList<AnalyzedToken> tokens)
        {
            if (tokens.Count == 0)
            {
                return new AnalyzedTerm([]);
            }
            var first = tokens[0].Position;
            return new AnalyzedTerm(tokens
                .GroupBy(t => t.Position)
                .OrderBy(g => g.Key)
                .Select(g => (g.Key - first, g.Select(t => t.Term).Distinct().ToArray()))
                .ToList());
        }
    }

    /// <summary>Where each analysed term occurs in a document.</summary>
    private sealed class PositionIndex
    {
        private readonly Dictionary<string, HashSet<int>> _positions = new(StringComparer.Ordinal);

        public PositionIndex(IReadOnlyList<AnalyzedToken> tokens)
        {
            foreach (var token in tokens)
            {
                if (!_positions.TryGetValue(token.Term, out var set))
                {
                    _positions[token.Term] = set = [];
                }
                set.Add(token.Position);
            }
        }

        public int Occurrences(AnalyzedTerm term)
        {
            var starts = new HashSet<int>();
            foreach (var alternative in term.Groups[0].Alternatives)
            {
                if (_positions.TryGetValue(alternative, out var set))
                {
                    starts.UnionWith(set);
                }
            }
            return starts.Count(start => term.Groups.Skip(1).All(group => group.Alternatives.Any(a =>
                _positions.TryGetValue(a, out var set) && set.Contains(start + group.Offset))));
        }
    }
}

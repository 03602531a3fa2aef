using MMM.Statements.Analysis;

namespace MMM.Statements.Tagging;

/// <summary>
/// Finds the taxonomy's topics in a document by matching each topic term as a sequence of analysed terms, so the
/// analyzer's stemming and folding make inflections and missing accents match too. A topic needs real evidence:
/// a term in the title, or repeated or varied mentions in the text; one passing mention is not enough. Mentions are
/// scored: a phrase of several words ("travail familial non rémunéré") says more than a single word ("care"), so a
/// short news page that says its topic twice in so many words is tagged with it.
/// </summary>
internal sealed class TopicMatcher
{
    /// <summary>Occurrences in the text that tag a topic without title evidence.</summary>
    internal const int MinTextOccurrences = 4;

    /// <summary>Distinct terms that, with at least three occurrences, also tag a topic.</summary>
    internal const int MinDistinctTerms = 2;

    /// <summary>
    /// The score that tags a topic in a short text: each mention counts its phrase weight (<see cref="PhraseWeight"/>
    /// or 1). A longer text needs proportionally more (one more point every <see cref="WordsPerExtraPoint"/> words):
    /// a ten-page statement says many things once.
    /// </summary>
    internal const int MinScore = 4;

    internal const int WordsPerExtraPoint = 400;

    /// <summary>What a mention of a term of two words or more weighs; a single word weighs 1.</summary>
    internal const int PhraseWeight = 2;

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
        var minScore = MinScore + textIndex.Length / WordsPerExtraPoint;
        foreach (var topic in _taxonomy.Topics)
        {
            var topicTerms = terms.Where(t => t.TopicId == topic.Id).Select(t => t.Term).ToList();
            var inTitle = topicTerms.Sum(titleIndex.Occurrences);
            // Many mentions tag a topic however they overlap; fewer must be distinct, or weigh enough as phrases.
            var occurrences = topicTerms.Sum(textIndex.Occurrences);
            var (inText, distinct, score) = Mentions(textIndex, topicTerms);
            if (inTitle > 0 || occurrences >= MinTextOccurrences || (distinct >= MinDistinctTerms && inText >= 3) || score >= minScore)
            {
                found.Add(topic.Id);
            }
        }
        return found;
    }

    /// <summary>
    /// A topic's mentions in the text, each stretch of text counted once, longer terms read first: "travail familial non
    /// rémunéré" is one mention, not also one of "travail non rémunéré" inside it, and "pension" and "pensions" (one stem)
    /// do not count the same word twice. Returns the mentions, the terms mentioned, and their weighted score.
    /// </summary>
    private static (int Mentions, int Distinct, int Score) Mentions(PositionIndex index, IReadOnlyList<AnalyzedTerm> topicTerms)
    {
        var covered = new HashSet<int>();
        var (mentions, distinct, score) = (0, 0, 0);
        foreach (var term in topicTerms.OrderByDescending(t => t.Span))
        {
            var counted = 0;
            foreach (var start in index.Starts(term))
            {
                if (Enumerable.Range(start, term.Span).Any(covered.Contains))
                {
                    continue;
                }
                covered.UnionWith(Enumerable.Range(start, term.Span));
                counted++;
            }
            mentions += counted;
            distinct += counted > 0 ? 1 : 0;
            score += counted * (term.Groups.Count > 1 ? PhraseWeight : 1);
        }
        return (mentions, distinct, score);
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
        /// <summary>How many positions the term covers, gaps of removed stop words included.</summary>
        public int Span => Groups.Count == 0 ? 0 : Groups[^1].Offset + 1;

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

        /// <summary>How many analysed terms the text has (stop words left out).</summary>
        public int Length { get; }

        public PositionIndex(IReadOnlyList<AnalyzedToken> tokens)
        {
            Length = tokens.Count;
            foreach (var token in tokens)
            {
                if (!_positions.TryGetValue(token.Term, out var set))
                {
                    _positions[token.Term] = set = [];
                }
                set.Add(token.Position);
            }
        }

        public int Occurrences(AnalyzedTerm term) => Starts(term).Count;

        /// <summary>The positions where the whole term starts.</summary>
        public List<int> Starts(AnalyzedTerm term)
        {
            var starts = new HashSet<int>();
            foreach (var alternative in term.Groups[0].Alternatives)
            {
                if (_positions.TryGetValue(alternative, out var set))
                {
                    starts.UnionWith(set);
                }
            }
            return starts.Where(start => term.Groups.Skip(1).All(group => group.Alternatives.Any(a =>
                _positions.TryGetValue(a, out var set) && set.Contains(start + group.Offset)))).Order().ToList();
        }
    }
}

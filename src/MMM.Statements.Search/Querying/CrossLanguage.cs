using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Analysis;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A French query also finds the English and Spanish versions of a statement through the taxonomy's topic terms
/// (<c>soins non rémunérés</c> ↔ <c>unpaid care</c> ↔ <c>cuidados no remunerados</c>). A topic is recognised only when
/// one of its terms stands whole, in order, among the query's plain words, or is exactly a quoted phrase of the query;
/// its terms in the other languages are then searched as phrases, and what only they find ranks below every direct match.
/// </summary>
internal static class CrossLanguage
{
    /// <summary>The score of a match found only by translation: below any direct match's BM25 score.</summary>
    public const float TranslatedScore = 1e-6f;

    public sealed record Translation(Query Query, IReadOnlyDictionary<string, Query> PerLanguage);

    public static Translation? Expansion(StatementSearcher searcher, Taxonomy taxonomy, string text)
    {
        var (words, phrases) = Split(text);
        if (words.Count == 0 && phrases.Count == 0)
        {
            return null;
        }
        var perLanguage = new Dictionary<string, BooleanQuery>(StringComparer.Ordinal);
        var topicTerms = AnalysedTerms.GetValue(taxonomy, Analyse);
        // Each topic the query names, with the languages it names it in: those are searched directly already.
        var named = new Dictionary<TaxonomyTopic, HashSet<string>>();
        foreach (var language in TextAnalyzer.Languages)
        {
            var analyzer = TextAnalyzer.For(language);
            var plain = FirstForms(analyzer.Analyze(string.Join(' ', words)));
            var quoted = phrases.Select(p => FirstForms(analyzer.Analyze(p))).ToList();
            foreach (var (topic, terms) in topicTerms[language])
            {
                if (terms.Any(term => Contains(plain, term) || quoted.Any(q => SameRun(q, term))))
                {
                    if (!named.TryGetValue(topic, out var languages))
                    {
                        named[topic] = languages = [];
                    }
                    languages.Add(language);
                }
            }
        }
        foreach (var (topic, languages) in named)
        {
            foreach (var other in searcher.Languages.Where(l => !languages.Contains(l)))
            {
                foreach (var term in topic.Terms.For(other))
                {
                    if (Phrase(other, term) is { } phrase)
                    {
                        if (!perLanguage.TryGetValue(other, out var q))
                        {
                            perLanguage[other] = q = new BooleanQuery(disableCoord: true);
                        }
                        q.Add(phrase, Occur.SHOULD);
                    }
                }
            }
        }
        if (perLanguage.Count == 0)
        {
            return null;
        }
        var all = new BooleanQuery(disableCoord: true);
        foreach (var query in perLanguage.Values)
        {
            all.Add(query, Occur.SHOULD);
        }
        return new Translation(new ConstantScoreQuery(all) { Boost = TranslatedScore }, perLanguage.ToDictionary(p => p.Key, p => (Query)p.Value, StringComparer.Ordinal));
    }

    /// <summary>A topic term of one language as a phrase in its text and title (a one-word term as a term).</summary>
    private static Query? Phrase(string language, string term)
    {
        var tokens = TextAnalyzer.For(language).Analyze(term);
        if (tokens.Count == 0)
        {
            return null;
        }
        var either = new BooleanQuery(disableCoord: true);
        foreach (var field in new[] { StatementFields.Text(language), StatementFields.Title(language) })
        {
            var phrase = new MultiPhraseQuery();
            foreach (var place in tokens.GroupBy(t => t.Position))
            {
                phrase.Add(place.Select(t => new Term(field, t.Term)).ToArray(), place.Key);
            }
            either.Add(phrase, Occur.SHOULD);
        }
        return either;
    }

    /// <summary>The query's plain words (outside quotes, without operators or fields) and its quoted phrases.</summary>
    private static (List<string> Words, List<string> Phrases) Split(string text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                phrases.Add(parts[i]);
                continue;
            }
            foreach (var word in parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is "AND" or "OR" or "NOT" || word.StartsWith('-') || word.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }
                words.Add(word.Trim('(', ')', '+', '*', '~'));
            }
        }
        return (words, phrases);
    }

    // Topic terms analysed once per taxonomy and language, not once per query.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Taxonomy, Dictionary<string, List<(TaxonomyTopic Topic, List<List<HashSet<string>>> Terms)>>> AnalysedTerms = new();

    private static Dictionary<string, List<(TaxonomyTopic Topic, List<List<HashSet<string>>> Terms)>> Analyse(Taxonomy taxonomy) =>
        TextAnalyzer.Languages.ToDictionary(language => language, language => taxonomy.Topics
            .Select(topic => (topic, topic.Terms.For(language).Select(term => FirstForms(TextAnalyzer.For(language).Analyze(term))).Where(t => t.Count > 0).ToList()))
            .Where(t => t.Item2.Count > 0)
            .ToList());

    /// <summary>True when the analysed <paramref name="term"/> occurs as a run of words in the analysed query.</summary>
    private static bool Contains(List<HashSet<string>> query, List<HashSet<string>> term)
    {
        for (var start = 0; start + term.Count <= query.Count; start++)
        {
            var all = true;
            for (var k = 0; k < term.Count && all; k++)
            {
                all = query[start + k].Overlaps(term[k]);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameRun(List<HashSet<string>> phrase, List<HashSet<string>> term) =>
        phrase.Count == term.Count && Contains(phrase, term);

    private static List<HashSet<string>> FirstForms(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.GroupBy(t => t.Position).Select(g => g.Select(t => t.Term).ToHashSet(StringComparer.Ordinal)).ToList();
}

using MMM.Statements.Analysis;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A French query also finds the English and Spanish versions of a statement through the taxonomy's topic terms
/// (<c>soins non rémunérés</c> ↔ <c>unpaid care</c> ↔ <c>cuidados no remunerados</c>): when the query contains a topic
/// term in one language, the topic's terms in the other languages are searched too, and what only they find ranks
/// below every direct match.
/// </summary>
internal static class CrossLanguage
{
    /// <summary>The direct matches, and below them what only the <see cref="Expansion"/> (when the query names a topic) found.</summary>
    public static DocSet Expand(DocSet direct, DocSet? expansion) =>
        expansion is null ? direct : BelowDirect(direct, expansion);

    /// <summary>
    /// The statements the topic terms of the query find in the other languages (the same for every query naming the
    /// same topics, so kept with the generation), or null when the query names no topic.
    /// </summary>
    public static DocSet? Expansion(IndexGeneration generation, QueryEvaluator evaluator, Taxonomy taxonomy, QueryNode root)
    {
        if (!QueryEvaluator.IsText(root) || Words(root) is not { Count: > 0 } words)
        {
            return null;
        }
        var queryText = string.Join(' ', words);
        var expansions = new List<DocSet>();
        var keys = new List<string>();
        var topicTerms = AnalysedTerms.GetValue(taxonomy, Analyse);
        foreach (var language in TextAnalyzer.Languages)
        {
            var query = FirstForms(TextAnalyzer.For(language).Analyze(queryText));
            foreach (var (topic, terms) in topicTerms[language])
            {
                if (!terms.Any(term => Contains(query, term)))
                {
                    continue;
                }
                foreach (var other in TextAnalyzer.Languages.Where(l => l != language && generation.Languages.Contains(l)))
                {
                    var phrases = topic.Terms.For(other).Select(t => (QueryNode)new PhraseNode(null, t)).ToList();
                    if (phrases.Count == 0)
                    {
                        continue;
                    }
                    var languageOfDoc = generation.Fields.Languages;
                    // Computed by an evaluator of its own: what it marks and notices belongs to no query (the result is kept
                    // for all of them), so a query's highlighted words never depend on whether it came first.
                    expansions.Add(generation.TopicMatches(topic.Id, other,
                        () => evaluator.Another().Evaluate(new OrNode(phrases)).Where(doc => languageOfDoc[doc] == other)));
                    keys.Add(topic.Id + "/" + other);
                    // The other language's words are marked in its snippets, cached or not.
                    foreach (var term in topic.Terms.For(other).SelectMany(t => TextAnalyzer.For(other).Analyze(t)))
                    {
                        evaluator.HighlightTerms.Add(term.Term);
                    }
                }
            }
        }
        if (expansions.Count == 0)
        {
            return null;
        }
        // The union of the topics' matches is the same for every query naming the same topics: kept with the generation.
        return expansions.Count == 1 ? expansions[0]
            : generation.TopicUnion(string.Join('|', keys), () => expansions.Aggregate(DocSet.Empty, (a, b) => a.Or(b)));
    }

    /// <summary>
    /// The direct matches as they are, and the statements only the expansion found with scores squeezed below the
    /// lowest direct score (order among them kept), in one merge.
    /// </summary>
    private static DocSet BelowDirect(DocSet direct, DocSet expansion)
    {
        if (expansion.Count == 0)
        {
            return direct;
        }
        var floor = direct.Count == 0 ? 1f : Lowest(direct.Scores);
        var (docs, scores) = DocSet.Buffers(direct.Count + expansion.Count);
        int i = 0, j = 0, n = 0;
        while (i < direct.Count || j < expansion.Count)
        {
            if (j == expansion.Count || (i < direct.Count && direct.Docs[i] <= expansion.Docs[j]))
            {
                if (j < expansion.Count && direct.Docs[i] == expansion.Docs[j])
                {
                    j++;
                }
                docs[n] = direct.Docs[i];
                scores[n++] = direct.Scores[i++];
            }
            else
            {
                var s = expansion.Scores[j];
                docs[n] = expansion.Docs[j++];
                scores[n++] = floor * 0.5f * (s / (1 + Math.Abs(s)) + 1) / 2;
            }
        }
        return n == direct.Count ? direct : DocSet.Trimmed(docs, scores, n);
    }


    /// <summary>The lowest of scores (never NaN), a vector at a time.</summary>
    private static float Lowest(float[] scores)
    {
        var span = scores.AsSpan();
        var i = 0;
        var lowest = float.MaxValue;
        if (System.Numerics.Vector.IsHardwareAccelerated && span.Length >= System.Numerics.Vector<float>.Count)
        {
            var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(span);
            var min = vectors[0];
            foreach (var vector in vectors)
            {
                min = System.Numerics.Vector.Min(min, vector);
            }
            for (var k = 0; k < System.Numerics.Vector<float>.Count; k++)
            {
                lowest = Math.Min(lowest, min[k]);
            }
            i = vectors.Length * System.Numerics.Vector<float>.Count;
        }
        for (; i < span.Length; i++)
        {
            lowest = Math.Min(lowest, span[i]);
        }
        return lowest;
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
        if (term.Count > query.Count)
        {
            return false;
        }
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

    private static List<HashSet<string>> FirstForms(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.GroupBy(t => t.Position).Select(g => g.Select(t => t.Term).ToHashSet(StringComparer.Ordinal)).ToList();

    private static List<string>? Words(QueryNode node) => node switch
    {
        TermNode { Field: null } t => [t.Text],
        PhraseNode { Field: null } p => [p.Text],
        AndNode and => and.Children.Select(Words).Where(w => w is not null).SelectMany(w => w!).ToList(),
        OrNode or => or.Children.Select(Words).Where(w => w is not null).SelectMany(w => w!).ToList(),
        _ => null,
    };
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Analysis;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A query also finds statements written in the index's other languages, two ways. <see cref="Words"/> says the query
/// in each other language through the lexicon (<c>statements/lexicon.json</c>), word run by word run, for the every-word
/// and any-word stages. <see cref="Expansion"/> adds the statements that only share a topic the query names, through the
/// taxonomy's topic terms (<c>soins non rémunérés</c> ↔ <c>unpaid care</c> ↔ <c>cuidados no remunerados</c>): a topic is
/// recognised only when one of its terms stands whole, in order, among the query's plain words, or is exactly a quoted
/// phrase of the query; what only its terms find ranks below every match.
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

    /// <summary>
    /// How much a statement's match through translated words counts beside a match of the query's own words: a little
    /// less, so that of two statements matching as much, the one in the query's language comes first.
    /// </summary>
    public const float TranslatedWeight = 0.7f;

    /// <summary>
    /// The query said in each other language of the index, word by word: per language, one clause
    /// for each run of query words the lexicon knows (any of its phrases in that language, in the title, text or
    /// session and body words) and one for each other content word as it is (names, symbols, sessions and the words the
    /// languages share). Lucene's coordination factor then ranks a statement by the share of the query it has, so a
    /// French statement with four of an English query's five ideas comes before an English one with two of its words.
    /// </summary>
    /// <param name="every">Every idea required (the every-word stage), rather than any (the any-word stage).</param>
    public static Translation? Words(StatementSearcher searcher, Lexicon lexicon, string text, bool every)
    {
        var occur = every ? Occur.MUST : Occur.SHOULD;
        if (!QueryText.IsPlainWords(text))
        {
            return null;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }
        var matches = Lexicon.TextAnalyzerLanguages.ToDictionary(l => l, l => lexicon.Match(l, words), StringComparer.Ordinal);
        // A stop word of any language ("the", "les", "para") is no idea of the query's.
        var stopWord = words.Select(w => TextAnalyzer.Languages.Any(l => TextAnalyzer.For(l).Analyze(w).Count == 0)).ToArray();
        var perLanguage = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var target in searcher.Languages.Where(matches.ContainsKey))
        {
            var covered = new bool[words.Length];
            var said = new BooleanQuery(disableCoord: false);
            var clauses = new HashSet<string>(StringComparer.Ordinal);
            foreach (var match in matches.Where(m => m.Key != target).SelectMany(m => m.Value))
            {
                var either = new BooleanQuery(disableCoord: true);
                foreach (var phrase in match.Entries.SelectMany(e => e.Phrases.For(target)).Distinct(StringComparer.Ordinal))
                {
                    if (Phrase(target, phrase, withMeta: true) is { } q)
                    {
                        either.Add(q, Occur.SHOULD);
                    }
                }
                // A body, document type or topic named in any language is also the statement's tag, whatever its text says.
                foreach (var entry in match.Entries)
                {
                    var facet = entry.Kind switch { "body" => FacetNames.Body, "type" => FacetNames.Type, "topic" => FacetNames.Topic, _ => null };
                    if (facet is not null && entry.Id.Split(':', 2) is [_, var value])
                    {
                        either.Add(new TermQuery(new Term(facet, value)), Occur.SHOULD);
                    }
                }
                if (either.Clauses.Count > 0 && clauses.Add(either.ToString()))
                {
                    said.Add(either, occur);
                }
                for (var w = match.Start; w < match.Start + match.Length; w++)
                {
                    covered[w] = true;
                }
            }
            if (said.Clauses.Count == 0)
            {
                continue;
            }
            for (var w = 0; w < words.Length; w++)
            {
                if (covered[w] || stopWord[w])
                {
                    continue;
                }
                if (Phrase(target, words[w], withMeta: true) is { } q && clauses.Add(q.ToString()))
                {
                    said.Add(q, occur);
                }
            }
            perLanguage[target] = said;
        }
        if (perLanguage.Count == 0)
        {
            return null;
        }
        var all = new BooleanQuery(disableCoord: true) { Boost = TranslatedWeight };
        foreach (var (language, query) in perLanguage)
        {
            // The tags above are in every language's statements: each reading is for its own language's only.
            all.Add(new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term(StatementFields.Language, language)))), Occur.SHOULD);
        }
        return new Translation(all, perLanguage);
    }

    /// <summary>A topic term of one language as a phrase in its text and title (a one-word term as a term).</summary>
    private static Query? Phrase(string language, string term, bool withMeta = false)
    {
        var tokens = TextAnalyzer.For(language).Analyze(term);
        if (tokens.Count == 0)
        {
            return null;
        }
        var either = new BooleanQuery(disableCoord: true);
        string[] fields = withMeta
            ? [StatementFields.Text(language), StatementFields.Title(language), StatementFields.Meta(language)]
            : [StatementFields.Text(language), StatementFields.Title(language)];
        foreach (var field in fields)
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

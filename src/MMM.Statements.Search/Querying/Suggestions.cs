using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using MMM.Statements.Analysis;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Completions and "did you mean" over Lucene's terms dictionary (the vocabulary fields, the symbol and session
/// fields): Lucene.Net.Suggest is not served, and nothing here reads the statements themselves.
/// </summary>
internal static class Suggestions
{
    private const int Candidates = 16;

    public static IReadOnlyList<string> Complete(StatementSearcher searcher, string typed, int max)
    {
        var text = QueryText.Sanitize(typed).Trim();
        if (text.Length < 2 || text.Length > 100)
        {
            return [];
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        var context = string.Join(' ', words[..^1]);
        var suggestions = new List<string>();
        if (context.Length == 0)
        {
            var compact = text.Replace(" ", "", StringComparison.Ordinal);
            suggestions.AddRange((searcher.Labels.OrdinalsOf.GetValueOrDefault(FacetNames.Session) ?? [])
                .Select(o => searcher.Labels.ValueOf[o]).Where(s => s.StartsWith(compact, StringComparison.OrdinalIgnoreCase)));
            suggestions.AddRange(StartingWith(searcher, StatementFields.Symbol, compact.ToUpperInvariant(), max));
        }
        // The last word completed by the words of the index, most frequent first; after other words, only completions
        // that statements holding those words also hold, the most shared first, and the other words kept.
        var completions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in searcher.Languages)
        {
            var folded = TextAnalyzer.For(language).AnalyzePrefix(last);
            if (folded is null || folded.Length < 2 || MultiFields.GetTerms(searcher.IndexReader, StatementFields.Vocabulary(language)) is not { } terms)
            {
                continue;
            }
            var automaton = new CompiledAutomaton(BasicOperations.Concatenate(BasicAutomata.MakeString(folded), BasicAutomata.MakeAnyString()));
            foreach (var written in StatementQueryParser.Written(terms, automaton).Take(Candidates))
            {
                completions.TryAdd(written, 0);
            }
        }
        if (context.Length == 0)
        {
            suggestions.AddRange(completions.Keys);
        }
        else
        {
            var builder = new QueryBuilder(searcher, new StatementIndexOptions());
            foreach (var completion in completions.Keys.ToList())
            {
                if (builder.Text(context + " " + completion, anyWord: false).Query is { } query)
                {
                    var count = new TotalHitCountCollector();
                    searcher.Search(query, count);
                    completions[completion] = count.TotalHits;
                }
            }
            suggestions.AddRange(completions.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Select(c => context + " " + c.Key));
        }
        return suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Take(max).ToList();
    }

    /// <summary>The query with each unknown word (four letters or more) replaced by the most frequent word one or two edits away.</summary>
    public static string? DidYouMean(StatementSearcher searcher, string queryText)
    {
        var words = QueryText.Sanitize(queryText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8)
        {
            return null;
        }
        var changed = false;
        var corrected = new List<string>();
        foreach (var word in words)
        {
            var folded = TextAnalyzer.For("fr").AnalyzePrefix(word);
            // Past 24 letters a "word" is words run together, not a typo, and its automaton is the costliest to build.
            if (folded is null || folded.Length is < 4 or > 24 || !folded.All(char.IsLetter) || Known(searcher, folded))
            {
                corrected.Add(word);
                continue;
            }
            var nearby = StatementQueryParser.FuzzyAutomaton(folded, folded.Length <= 6 ? 1 : 2);
            var best = searcher.Languages
                .Select(l => MultiFields.GetTerms(searcher.IndexReader, StatementFields.Vocabulary(l)))
                .Where(t => t is not null)
                .SelectMany(t => StatementQueryParser.Written(t!, nearby).Take(1))
                .FirstOrDefault();
            if (best is null)
            {
                corrected.Add(word);
                continue;
            }
            corrected.Add(best);
            changed = true;
        }
        return changed ? string.Join(' ', corrected) : null;
    }

    private static bool Known(StatementSearcher searcher, string folded)
    {
        foreach (var language in searcher.Languages)
        {
            if (MultiFields.GetTerms(searcher.IndexReader, StatementFields.Vocabulary(language)) is not { } terms)
            {
                continue;
            }
            var e = terms.GetEnumerator();
            if (e.SeekCeil(new BytesRef(folded + StatementFields.VocabularySeparator)) != TermsEnum.SeekStatus.END
                && e.Term.Utf8ToString().StartsWith(folded + StatementFields.VocabularySeparator, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> StartingWith(StatementSearcher searcher, string field, string prefix, int max)
    {
        if (prefix.Length == 0 || MultiFields.GetTerms(searcher.IndexReader, field) is not { } terms)
        {
            yield break;
        }
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }
        var n = 0;
        do
        {
            var term = e.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal) || n++ >= max)
            {
                yield break;
            }
            yield return term;
        }
        while (e.MoveNext());
    }
}

using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using MMM.Statements.Analysis;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// A query's text as one Lucene query over every language of the index: each language's fields read it through that
/// language's chain (a French query finds French words in French statements, the same letters stemmed the English way in
/// English ones); a query the parser cannot read becomes plain words.
/// </summary>
internal sealed class QueryBuilder(StatementSearcher searcher, StatementIndexOptions options)
{
    /// <summary>What a query's text became.</summary>
    /// <param name="Query">The query over all languages, or null when nothing was left to search (only stop words, prefixes too short).</param>
    /// <param name="PerLanguage">Each language's own reading (for highlighting its statements).</param>
    public sealed record Built(Query? Query, IReadOnlyDictionary<string, Query> PerLanguage, bool StopWordsSomewhere, bool PrefixTooShort);

    public Built Text(string text, bool anyWord)
    {
        var perLanguage = new Dictionary<string, Query>(StringComparer.Ordinal);
        var distinct = new Dictionary<string, Query>(StringComparer.Ordinal);
        var stopWords = false;
        var prefixTooShort = false;
        foreach (var language in Languages())
        {
            var parser = new StatementQueryParser(searcher, language, anyWord);
            var query = Prune(Parse(parser, text));
            prefixTooShort |= parser.PrefixTooShort;
            if (IsEmpty(query))
            {
                stopWords = true;
                continue;
            }
            perLanguage[language] = query!;
            distinct.TryAdd(query!.ToString(), query);
        }
        if (distinct.Count == 0)
        {
            return new Built(null, perLanguage, stopWords, prefixTooShort);
        }
        Query combined;
        if (distinct.Count == 1)
        {
            combined = distinct.Values.First();
        }
        else
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var query in distinct.Values)
            {
                any.Add(query, Occur.SHOULD);
            }
            combined = any;
        }
        return new Built(combined, perLanguage, stopWords, prefixTooShort);
    }

    /// <summary>The query the statement page marks a statement's words by: the snippets' rule for its language.</summary>
    public Query? ForHighlighting(string text, string language)
    {
        text = QueryText.Sanitize(text).Trim();
        if (text.Length == 0 || text.Length > SearchRequest.MaxQueryLength)
        {
            return null;
        }
        var query = Prune(Parse(new StatementQueryParser(searcher, language, anyWord: true), text));
        if (IsEmpty(query))
        {
            return null;
        }
        var expansion = CrossLanguage.Expansion(searcher, options.Taxonomy, text);
        if (expansion?.PerLanguage.GetValueOrDefault(language) is not { } translated)
        {
            return query;
        }
        return new BooleanQuery { { query!, Occur.SHOULD }, { translated, Occur.SHOULD } };
    }

    private IEnumerable<string> Languages() =>
        searcher.Languages.Count > 0 ? searcher.Languages : TextAnalyzer.Languages;

    /// <summary>Parsed by Lucene's syntax; what it cannot read is read again as plain words, never an error.</summary>
    private static Query? Parse(StatementQueryParser parser, string text)
    {
        // A slash starts a regular expression in Lucene's syntax; here it is part of a UN symbol or a date.
        var escaped = text.Replace("/", "\\/", StringComparison.Ordinal);
        try
        {
            return parser.Parse(escaped);
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            try
            {
                return parser.Parse(QueryParserBase.Escape(text));
            }
            catch (Exception again) when (again is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>The query without its empty clauses (a stop word, a prefix too short), which would otherwise match nothing when required.</summary>
    private static Query? Prune(Query? query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        var pruned = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (Prune(clause.Query) is { } kept && !IsEmpty(kept))
            {
                pruned.Add(kept, clause.Occur);
            }
        }
        return pruned;
    }

    private static bool IsEmpty(Query? query) => query switch
    {
        null => true,
        BooleanQuery boolean => boolean.Clauses.Count == 0 || boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT || IsEmpty(c.Query)),
        _ => false,
    };
}

using System.Diagnostics;
using Lucene.Net.Facet;
using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Model;
using MMM.Statements.Search.Facets;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search;

/// <summary>One search against one commit: resolve a symbol, take a session named in words as a filter, parse, match
/// with facets drilled sideways, fall back to any word, rank and page, mark snippets.</summary>
internal sealed class Searcher(StatementSearcher searcher, StatementIndexOptions options, SearchRequest request, CancellationToken cancellationToken)
{
    private readonly List<SearchNotice> _notices = [];
    private string? _sessionFromQuery;
    private long _deadline;

    public SearchResult Run()
    {
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var queryText = QueryText.Sanitize(request.Query ?? "").Trim();
        if (queryText.Length > SearchRequest.MaxQueryLength)
        {
            queryText = queryText[..SearchRequest.MaxQueryLength];
            _notices.Add(SearchNotice.QueryTruncated);
        }
        var words = queryText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > QueryText.MaxWords)
        {
            queryText = string.Join(' ', words.Take(QueryText.MaxWords));
            _notices.Add(SearchNotice.QueryTruncated);
        }
        _deadline = Stopwatch.GetTimestamp() + (long)(options.QueryTimeout.TotalSeconds * Stopwatch.Frequency);
        try
        {
            return Search(queryText, Selections(), page, size);
        }
        catch (SearchTimedOutException)
        {
            _notices.Add(SearchNotice.TimedOut);
            return new SearchResult { Query = queryText, Page = page, Size = size, Notices = _notices.Distinct().ToList() };
        }
    }

    private SearchResult Search(string queryText, Dictionary<string, List<string>> selections, int page, int size)
    {
        if (!string.IsNullOrEmpty(request.FileContains))
        {
            return Result("", Run(FileQuery(request.FileContains), selections, page, size, null), selections, page, size, null);
        }
        var builder = new QueryBuilder(searcher, options);
        var symbolText = queryText.Trim('"', '“', '”', ' ');
        if (UnSymbol.TryParse(symbolText, out var symbol))
        {
            string? resolvedId = null;
            Query symbolQuery;
            if (searcher.Unit == SearchUnit.Statement && Hits.OwnerOf(searcher, symbol) is { } owner)
            {
                resolvedId = Hits.Stored(searcher, owner).Id;
                _notices.Add(SearchNotice.SymbolResolved);
                symbolQuery = Either(StatementFields.Symbol, symbol, StatementFields.SymbolBase, UnSymbol.BaseSymbol(symbol));
            }
            else
            {
                symbolQuery = Either(StatementFields.Cites, symbol, StatementFields.CitesBase, UnSymbol.BaseSymbol(symbol));
            }
            var found = Run(symbolQuery, selections, page, size, perLanguage: null);
            if (found.Total > 0)
            {
                return Result(queryText, found, selections, page, size, resolvedId);
            }
        }
        if (SessionInQuery.Split(queryText, options.Taxonomy) is { } named && !selections.ContainsKey(FacetNames.Session)
            && searcher.Labels.Ordinal(FacetNames.Session, named.Session.ToString()) is not null)
        {
            // "CSW 2024", "68e session de la Commission de la condition de la femme": a filter, not words to match.
            selections[FacetNames.Session] = [named.Session.ToString()];
            _sessionFromQuery = named.Session.ToString();
            queryText = named.Rest;
        }
        var built = builder.Text(queryText, request.AnyWord);
        if (built.PrefixTooShort)
        {
            _notices.Add(SearchNotice.EmptyQuery);
        }
        if (built.Query is null)
        {
            if (_sessionFromQuery is null)
            {
                _notices.Add(SearchNotice.EmptyQuery);
            }
            return Result(queryText, Run(new MatchAllDocsQuery(), selections, page, size, null), selections, page, size, null);
        }
        // Translations stand for plain words and phrases only: beside a field, an operator or a wildcard they would match
        // statements that do not meet it (partner:coface numérique is not every statement on digital in English).
        // Asks are searched in their own words: the lexicon's translations name statements' fields and topics.
        var statements = searcher.Unit == SearchUnit.Statement;
        var translation = statements && QueryText.IsPlainWords(queryText.Replace("\"", "", StringComparison.Ordinal)) ? CrossLanguage.Expansion(searcher, options.Taxonomy, queryText) : null;
        // A statement in another language that has every idea of the query is a match too, scored a little below one in
        // the query's language; one that only shares a topic the query names comes after every match.
        var everyIdea = statements ? CrossLanguage.Words(searcher, Lexicon.Default, queryText, every: true) : null;
        var found2 = Run(WithTranslation(WithTranslation(everyIdea is null ? built.Query : FirstTier(built.Query), everyIdea), translation), selections, page, size,
            Highlighting(built.PerLanguage, everyIdea, translation));
        // The best hit is the best match of every word or idea, if any: when it came only through a shared topic, none has.
        var noDirectMatch = found2.BestScore <= 2 * CrossLanguage.TranslatedScore;
        if (noDirectMatch && !request.AnyWord && QueryText.IsPlainWords(queryText) && queryText.Contains(' ', StringComparison.Ordinal))
        {
            // Nothing has every word (inside a session the query named too): the statements with any of them.
            var any = builder.Text(queryText, anyWord: true);
            if (any.Query is not null)
            {
                // Here the words said in the other languages count by how much of the query they cover.
                var words = (statements ? CrossLanguage.Words(searcher, Lexicon.Default, queryText, every: false) : null) ?? translation;
                var fallback = Run(WithTranslation(any.Query, words), selections, page, size, Highlighting(any.PerLanguage, words));
                if (fallback.Total > 0)
                {
                    _notices.Add(SearchNotice.FellBackToAnyWord);
                    found2 = fallback;
                }
            }
        }
        if (found2.Total == 0 && built.StopWordsSomewhere && QueryText.IsPlainWords(queryText))
        {
            // Only stop words in the languages where the words mean something (le la les): list the newest instead.
            _notices.Add(SearchNotice.EmptyQuery);
            found2 = Run(new MatchAllDocsQuery(), selections, page, size, null);
        }
        return Result(queryText, found2, selections, page, size, null);
    }

    /// <summary>Any part of a file's path, in any case: the admin list's search by file name.</summary>
    private static Query FileQuery(string text)
    {
        var wanted = QueryText.Sanitize(text).Trim().ToLowerInvariant();
        var escaped = new System.Text.StringBuilder("*");
        foreach (var c in wanted.AsSpan(0, Math.Min(wanted.Length, 200)))
        {
            if (c is '*' or '?' or '\\')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return new ConstantScoreQuery(new WildcardQuery(new Term(StatementFields.FileName, escaped.Append('*').ToString())));
    }

    /// <summary>The query's own words ranked above any match through translation: a constant far above any BM25 score.</summary>
    private static Query FirstTier(Query direct) => new BooleanQuery(disableCoord: true)
    {
        { direct, Occur.MUST },
        { new ConstantScoreQuery(direct) { Boost = 1000 }, Occur.SHOULD },
    };

    private static Query WithTranslation(Query direct, CrossLanguage.Translation? translation) =>
        translation is null ? direct : new BooleanQuery(disableCoord: true) { { direct, Occur.SHOULD }, { translation.Query, Occur.SHOULD } };

    /// <summary>What marks each language's snippets: the query's own reading there, or any of its translations into it.</summary>
    private static Dictionary<string, Query> Highlighting(IReadOnlyDictionary<string, Query> perLanguage, params CrossLanguage.Translation?[] translations)
    {
        var queries = new Dictionary<string, Query>(perLanguage, StringComparer.Ordinal);
        foreach (var (language, translated) in translations.OfType<CrossLanguage.Translation>().SelectMany(t => t.PerLanguage))
        {
            queries[language] = queries.TryGetValue(language, out var own)
                ? new BooleanQuery(disableCoord: true) { { own, Occur.SHOULD }, { translated, Occur.SHOULD } }
                : translated;
        }
        return queries;
    }

    private static Query Either(string field, string value, string baseField, string baseValue) => new BooleanQuery(disableCoord: true)
    {
        { new TermQuery(new Term(field, value)), Occur.SHOULD },
        { new TermQuery(new Term(baseField, baseValue)), Occur.SHOULD },
    };

    private sealed record Found(List<(int Doc, float Score)> Top, int Total, int[] Counts, IReadOnlyDictionary<string, Query>? PerLanguage)
    {
        public int Versions { get; init; }

        public float BestScore { get; init; }
    }

    private Found Run(Query query, Dictionary<string, List<string>> selections, int page, int size, IReadOnlyDictionary<string, Query>? perLanguage)
    {
        CheckDeadline();
        var collector = new GroupedTopCollector(page * size, request.Sort, !request.EachVersion, _deadline, cancellationToken);
        var drillDown = new DrillDownQuery(StatementFields.Facets, query);
        foreach (var (facet, values) in selections)
        {
            foreach (var value in values)
            {
                drillDown.Add(facet, value);
            }
        }
        int[] counts;
        if (request.Facets && searcher.FacetState is not null)
        {
            var facets = new VersionFacets(searcher);
            facets.Search(drillDown, collector);
            counts = facets.Counts;
        }
        else
        {
            searcher.Search(selections.Count == 0 ? query : drillDown, collector);
            counts = new int[searcher.Labels.Count];
        }
        var total = collector.Total;
        var all = collector.Top();
        return new Found(all.Skip((page - 1) * size).ToList(), total, counts, perLanguage)
        {
            Versions = collector.Versions,
            BestScore = all.Count == 0 ? 0 : all.Max(h => h.Score),
        };
    }

    private SearchResult Result(string queryText, Found found, Dictionary<string, List<string>> selections, int page, int size, string? resolvedId)
    {
        var hits = new List<SearchHit>(found.Top.Count);
        foreach (var (doc, score) in found.Top)
        {
            CheckDeadline();
            if (searcher.Unit == SearchUnit.Ask)
            {
                hits.Add(Hits.AskHit(searcher, doc, score, request.Snippets, found.PerLanguage));
                continue;
            }
            IReadOnlyList<Snippet> snippets = [];
            StoredStatement stored;
            if (request.Snippets)
            {
                stored = Hits.Stored(searcher, doc, out var pages);
                var places = pages.Select((p, i) => (p.File, p.Page, Pdf: PdfPages(stored, p.File), p.Text)).ToList();
                snippets = SnippetMaker.Make(places, stored.Language, found.PerLanguage?.GetValueOrDefault(stored.Language));
            }
            else
            {
                stored = Hits.Stored(searcher, doc);
            }
            hits.Add(Hits.Hit(searcher, doc, stored, score, snippets, request.UiLanguage));
        }
        var suggestion = found.Total == 0 && queryText.Length > 0 ? Suggestions.DidYouMean(searcher, queryText) : null;
        var selected = selections.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value, StringComparer.Ordinal);
        return new SearchResult
        {
            Query = queryText,
            Total = found.Total,
            TotalVersions = found.Versions,
            Page = page,
            Size = size,
            Suggestion = suggestion,
            Hits = hits,
            Facets = request.Facets ? VersionFacets.Values(searcher, found.Counts, selected, options, request.UiLanguage) : new Dictionary<string, IReadOnlyList<FacetValue>>(),
            Notices = _notices.Distinct().ToList(),
            ResolvedId = resolvedId,
            SessionFromQuery = _sessionFromQuery,
        };
    }

    /// <summary>Between stages the deadline and the caller's cancellation are checked in our own code too (the collector checks while it collects).</summary>
    private void CheckDeadline()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new SearchTimedOutException();
        }
    }

    private static bool PdfPages(StoredStatement stored, int file) =>
        stored.Files.FirstOrDefault(f => f.Number == file)?.Extracted.Format == DocumentFormat.Pdf;

    private Dictionary<string, List<string>> Selections()
    {
        var selections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Filters)
        {
            if (!FacetNames.All.Contains(name) || values.Count == 0)
            {
                continue;
            }
            // A selected value the index does not have still filters (to nothing), as the user asked.
            selections[name] = values.Select(value => name == FacetNames.Session && UnSession.TryParse(value, out var session) ? session.Value.ToString() : value)
                .Distinct(StringComparer.Ordinal).ToList();
        }
        return selections;
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Facets;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;

namespace MMM.Statements.Search;

/// <summary>One search against one generation: resolve a symbol, parse, match, filter and count, rank, page, mark.</summary>
internal sealed class Searcher(IndexGeneration generation, StatementIndexOptions options, SearchRequest request, CancellationToken cancellationToken)
{
    private const int SqliteInterrupt = 9;
    private readonly List<SearchNotice> _notices = [];
    private string? _sessionFromQuery;
    private long _deadline;

    public SearchResult Run()
    {
        var size = Math.Clamp(request.Size, 1, SearchRequest.MaxSize);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var queryText = QueryParser.Sanitize(request.Query ?? "").Trim();
        if (queryText.Length > SearchRequest.MaxQueryLength)
        {
            queryText = queryText[..SearchRequest.MaxQueryLength];
            _notices.Add(SearchNotice.QueryTruncated);
        }
        var selections = Selections();
        using var connection = generation.OpenConnection();
        using var transaction = IndexConnections.BeginRead(connection);
        var deadline = _deadline = Stopwatch.GetTimestamp() + (long)(options.QueryTimeout.TotalSeconds * Stopwatch.Frequency);
        SQLitePCL.raw.sqlite3_progress_handler(connection.Handle, 1000, _ => Stopwatch.GetTimestamp() > deadline || cancellationToken.IsCancellationRequested ? 1 : 0, null);
        try
        {
            return Search(connection, queryText, selections, page, size);
        }
        catch (Exception e) when (e is SqliteException { SqliteErrorCode: SqliteInterrupt } or DeadlinePassedException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _notices.Add(SearchNotice.TimedOut);
            return new SearchResult { Query = queryText, Page = page, Size = size, Notices = _notices };
        }
        finally
        {
            SQLitePCL.raw.sqlite3_progress_handler(connection.Handle, 0, null, null);
        }
    }

    private SearchResult Search(SqliteConnection connection, string queryText, Dictionary<string, bool[]> selections, int page, int size)
    {
        var evaluator = new QueryEvaluator(generation, connection);
        DocSet matches;
        string? resolvedId = null;
        var symbolText = queryText.Trim().Trim('"', '“', '”').Trim();
        if (UnSymbol.TryParse(symbolText, out var symbol))
        {
            var own = evaluator.Symbols(symbol, own: true);
            if (own.Count > 0)
            {
                resolvedId = generation.Fields.Ids[PreferredVersion(generation, own.Docs, symbol)];
                _notices.Add(SearchNotice.SymbolResolved);
                matches = own;
            }
            else
            {
                matches = evaluator.Symbols(symbol, own: false);
            }
            if (matches.Count > 0)
            {
                return Finish(connection, queryText, matches, selections, evaluator, page, size, resolvedId);
            }
        }
        if (SessionInQuery.Split(queryText, options.Taxonomy) is { } named && !selections.ContainsKey(FacetNames.Session)
            && generation.Facets[FacetNames.Session].Ordinal(named.Session.ToString()) is { } sessionOrd)
        {
            // "CSW 2024", "68e session de la Commission de la condition de la femme": a filter, not words to match.
            var selected = new bool[generation.Facets[FacetNames.Session].Values.Length];
            selected[sessionOrd] = true;
            selections[FacetNames.Session] = selected;
            _sessionFromQuery = named.Session.ToString();
            queryText = named.Rest;
        }
        var parsed = QueryParser.Parse(queryText);
        if (parsed.Truncated)
        {
            _notices.Add(SearchNotice.QueryTruncated);
        }
        if (parsed.Root is null)
        {
            if (_sessionFromQuery is null)
            {
                _notices.Add(SearchNotice.EmptyQuery);
            }
            return Finish(connection, queryText, DocSet.All(generation.Count), selections, evaluator, page, size, null);
        }
        var root = request.AnyWord && parsed.ImplicitAndOnly && parsed.Root is AndNode { Excluded.Count: 0 } implicitAnd
            ? new OrNode(implicitAnd.Children)
            : parsed.Root;
        // The topics' matches in the other languages, found once whichever path ranks the matches.
        DocSet? expansion = null;
        var expanded = false;
        DocSet? TopicExpansion()
        {
            if (!expanded)
            {
                expansion = CrossLanguage.Expansion(generation, evaluator, options.Taxonomy, parsed.Root);
                expanded = true;
            }
            return expansion;
        }
        if (RankedOrder(selections) && QueryEvaluator.IsText(root))
        {
            var readings = evaluator.ReadingsOf(root);
            if (readings?.Ranked is { } ranking
                && Ranking.Top(generation, ranking, TopicExpansion(), page * size, request.Facets) is { } ranked)
            {
                return Result(connection, queryText, ranked.Top.Skip((page - 1) * size).ToList(), ranked.Total, ranked.Counts, selections, evaluator, page, size, null);
            }
            matches = readings is null ? DocSet.Empty : evaluator.Combine(readings);
        }
        else
        {
            matches = evaluator.Evaluate(root);
        }
        if (matches.Count == 0 && QueryEvaluator.IsText(root) && evaluator.SawOnlyStopWords)
        {
            // Only stop words in one language (le la les), and the other languages' readings found nothing.
            _notices.Add(SearchNotice.EmptyQuery);
            matches = DocSet.All(generation.Count);
        }
        else if (!QueryEvaluator.IsText(root) || evaluator.SawSearchableText)
        {
            if (matches.Count == 0 && parsed.ImplicitAndOnly && parsed.Root is AndNode { Excluded.Count: 0 } and && and.Children.Count > 1)
            {
                var any = evaluator.Evaluate(new OrNode(and.Children));
                if (any.Count > 0)
                {
                    _notices.Add(SearchNotice.FellBackToAnyWord);
                    matches = any;
                }
            }
        }
        else
        {
            // Nothing searchable was left (only stop words, or a prefix too short): list the newest instead.
            _notices.Add(SearchNotice.EmptyQuery);
            matches = DocSet.All(generation.Count);
        }
        if (request.Sort == SearchSort.Relevance || matches.Count > 0)
        {
            matches = CrossLanguage.Expand(matches, TopicExpansion());
        }
        return Finish(connection, queryText, matches, selections, evaluator, page, size, null);
    }

    private SearchResult Finish(SqliteConnection connection, string queryText, DocSet matches, Dictionary<string, bool[]> selections,
        QueryEvaluator evaluator, int page, int size, string? resolvedId)
    {
        CheckDeadline();
        var outcome = FacetCounter.Apply(generation, matches, selections, request.Facets);
        var filtered = outcome.Filtered;
        var (pageIndexes, total) = TopOfPage(filtered, page, size);
        return Result(connection, queryText, pageIndexes.Select(i => (filtered.Docs[i], filtered.Scores[i])).ToList(), total, outcome.Counts,
            selections, evaluator, page, size, resolvedId);
    }

    /// <summary>
    /// Whether this search is by relevance with no facet filtering: then a query's best matches can be taken in rank
    /// order (<see cref="Ranking.Top"/>) without going over all of them, and its total and facets counted on bitmaps.
    /// </summary>
    private bool RankedOrder(Dictionary<string, bool[]> selections) =>
        options.RankInOrder && request.Sort == SearchSort.Relevance && selections.Count == 0;

    private SearchResult Result(SqliteConnection connection, string queryText, List<(int Doc, float Score)> pageHits, int total,
        IReadOnlyDictionary<string, int[]> counts, Dictionary<string, bool[]> selections, QueryEvaluator evaluator, int page, int size, string? resolvedId)
    {
        CheckDeadline();
        var snippets = request.Snippets ? new SnippetReader(generation, connection, evaluator.HighlightTerms) : null;
        var hits = pageHits.Select(h => Hit(generation, h.Doc, h.Score, snippets?.Read(h.Doc) ?? [], request.UiLanguage, options)).ToList();
        string? suggestion = null;
        if (total == 0)
        {
            suggestion = DidYouMean(connection, queryText);
        }
        if (evaluator.PrefixTooShort)
        {
            _notices.Add(SearchNotice.EmptyQuery);
        }
        return new SearchResult
        {
            Query = queryText,
            Total = total,
            Page = page,
            Size = size,
            Suggestion = suggestion,
            Hits = hits,
            Facets = request.Facets ? FacetValues(generation, counts, selections, request.UiLanguage, options, includeZero: false) : new Dictionary<string, IReadOnlyList<FacetValue>>(),
            Notices = _notices.Distinct().ToList(),
            ResolvedId = resolvedId,
            SessionFromQuery = _sessionFromQuery,
        };
    }

    /// <summary>
    /// The page of hits, in order, and the number of hits. Language versions of one statement count once, the
    /// best-ranked version standing for the group; only the hits up to the end of the page are put in order (a
    /// bounded heap), so a common word costs one pass over its matches, not a sort of all of them.
    /// Order: by score (relevance), then newest, then statement number, so equal scores always come out the same
    /// way; or by date for the date sorts (undated last).
    /// </summary>
    private (List<int> PageIndexes, int Total) TopOfPage(DocSet docs, int page, int size)
    {
        var dates = generation.Fields.Dates;
        var sort = request.Sort;
        RankKey Key(int i)
        {
            var doc = docs.Docs[i];
            var day = dates[doc]?.DayNumber ?? -1;
            return sort switch
            {
                SearchSort.Newest => new RankKey(-day, -docs.Scores[i], doc),
                SearchSort.Oldest => new RankKey(day < 0 ? int.MaxValue : day, -docs.Scores[i], doc),
                _ => new RankKey(0, -docs.Scores[i], doc, -day),
            };
        }
        var needed = page * size;
        // A max-heap (worst of the kept on top) of the best `needed` candidates; keys are made only for what is offered.
        var heap = new PriorityQueue<int, RankKey>(Math.Min(needed, docs.Count) + 1, Comparer<RankKey>.Create((a, b) => b.CompareTo(a)));
        // By relevance a score below the worst kept loses whatever its date: once the heap is full, most matches are
        // turned away on that one comparison.
        var floor = float.NegativeInfinity;
        var byRelevance = sort == SearchSort.Relevance;
        void Offer(int i)
        {
            if (heap.Count < needed)
            {
                heap.Enqueue(i, Key(i));
            }
            else if (heap.TryPeek(out _, out var worst) && (!byRelevance || -docs.Scores[i] <= worst.Score)
                && Key(i) is var key && key.CompareTo(worst) < 0)
            {
                heap.DequeueEnqueue(i, key);
            }
            else
            {
                return;
            }
            if (byRelevance && heap.Count == needed && heap.TryPeek(out _, out var kept))
            {
                floor = -kept.Score;
            }
        }
        var groups = generation.GroupIds;
        int[]? best = null;
        var total = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            var group = groups[docs.Docs[i]];
            if (group < 0)
            {
                total++;
                if (docs.Scores[i] >= floor)
                {
                    Offer(i);
                }
                continue;
            }
            if (best is null)
            {
                best = new int[generation.GroupCount];
                Array.Fill(best, -1);
            }
            if (best[group] < 0)
            {
                total++;
                best[group] = i;
            }
            else if (Key(i).CompareTo(Key(best[group])) < 0)
            {
                best[group] = i;
            }
        }
        if (best is not null)
        {
            foreach (var i in best)
            {
                if (i >= 0)
                {
                    Offer(i);
                }
            }
        }
        var top = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            top.Add(heap.Dequeue());
        }
        top.Reverse();
        return (top.Skip((page - 1) * size).ToList(), total);
    }

    private Dictionary<string, bool[]> Selections()
    {
        var selections = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Filters)
        {
            if (!generation.Facets.TryGetValue(name, out var column) || values.Count == 0)
            {
                continue;
            }
            var selected = new bool[column.Values.Length];
            foreach (var value in values)
            {
                var normalized = name == FacetNames.Session && UnSession.TryParse(value, out var session) ? session.Value.ToString() : value;
                if (column.Ordinal(normalized) is { } ord)
                {
                    selected[ord] = true;
                }
            }
            // A selected value the index does not have still filters (to nothing), as the user asked.
            selections[name] = selected;
        }
        return selections;
    }

    private string? DidYouMean(SqliteConnection connection, string queryText)
    {
        var words = QueryParser.Sanitize(queryText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8)
        {
            return null;
        }
        var changed = false;
        var corrected = new List<string>();
        var folder = TextAnalyzer.For("fr");
        foreach (var word in words)
        {
            var folded = folder.AnalyzePrefix(word);
            if (folded is null || folded.Length < 4 || !folded.All(char.IsLetter) || Vocabulary.Contains(connection, folded))
            {
                corrected.Add(word);
                continue;
            }
            var best = Vocabulary.Similar(generation, connection, folded, folded.Length <= 6 ? 1 : 2, 1).FirstOrDefault();
            if (best is null)
            {
                corrected.Add(word);
                continue;
            }
            corrected.Add(best.Surface);
            changed = true;
        }
        return changed ? string.Join(' ', corrected) : null;
    }

    /// <summary>Between stages, the deadline and the caller's cancellation are checked in our own code too (postings, facets, snippets).</summary>
    private void CheckDeadline()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new DeadlinePassedException();
        }
    }

    private sealed class DeadlinePassedException : Exception;

    /// <summary>Of several statements carrying one symbol (language versions), the one to open: exact symbol, then French.</summary>
    internal static int PreferredVersion(IndexGeneration generation, int[] docs, string symbol)
    {
        return docs
            .OrderByDescending(d => generation.Fields.Symbols[d] == symbol)
            .ThenByDescending(d => generation.Fields.Languages[d] == "fr")
            .ThenBy(d => d)
            .First();
    }

    internal static SearchHit Hit(IndexGeneration generation, int doc, float score, IReadOnlyList<Snippet> snippets, string uiLanguage, StatementIndexOptions options)
    {
        var fields = generation.Fields;
        string? Single(string facet) => generation.Facets[facet].OrdsOf(doc) is { Length: > 0 } ords ? generation.Facets[facet].Values[ords[0]] : null;
        return new SearchHit
        {
            Id = fields.Ids[doc],
            Title = fields.Titles[doc],
            Date = fields.Dates[doc],
            Language = fields.Languages[doc],
            Body = Single(FacetNames.Body),
            Session = Single(FacetNames.Session),
            Year = fields.Years[doc],
            Symbols = fields.Symbols[doc] is { } s ? [s] : [],
            Topics = fields.Topics[doc],
            Type = Single(FacetNames.Type),
            Location = Single(FacetNames.Location),
            Url = "/statements/" + Uri.EscapeDataString(fields.Ids[doc]),
            Score = Math.Round(score, 4),
            Snippets = snippets,
            Versions = generation.VersionsOf(doc).Select(v => new LanguageVersion(fields.Ids[v], fields.Languages[v], fields.Titles[v])).ToList(),
        };
    }

    internal static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> FacetValues(IndexGeneration generation, IReadOnlyDictionary<string, int[]> counts,
        IReadOnlyDictionary<string, bool[]> selections, string uiLanguage, StatementIndexOptions options, bool includeZero)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var name in FacetNames.All)
        {
            var column = generation.Facets[name];
            var facetCounts = counts[name];
            selections.TryGetValue(name, out var selected);
            var values = new List<FacetValue>();
            for (var ord = 0; ord < column.Values.Length; ord++)
            {
                var isSelected = selected?[ord] ?? false;
                if (facetCounts[ord] == 0 && !isSelected && !includeZero)
                {
                    continue;
                }
                var value = column.Values[ord];
                values.Add(new FacetValue(value, options.Taxonomy.Label(name, value, uiLanguage), facetCounts[ord], isSelected));
            }
            result[name] = Order(name, values);
        }
        return result;
    }

    private static List<FacetValue> Order(string facet, List<FacetValue> values) => facet switch
    {
        FacetNames.Year => values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList(),
        FacetNames.Session => values
            .OrderBy(v => SessionOrder(v.Value).Body, StringComparer.Ordinal)
            .ThenByDescending(v => SessionOrder(v.Value).Number)
            .ToList(),
        _ => values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList(),
    };

    // Sessions are the index's facet values (a few hundred at most), parsed once each rather than on every search.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Body, int Number)> SessionOrders = new(StringComparer.Ordinal);

    private static (string Body, int Number) SessionOrder(string value) =>
        SessionOrders.GetOrAdd(value, v => UnSession.TryParse(v, out var s) ? (s.Value.Body, s.Value.Number) : (v, 0));
}

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Evaluates a query tree against one index generation. Text subtrees become one FTS5 MATCH expression per
/// language in which every word is a quoted string (operators come only from the tree, never from user text);
/// exact fields (body, session, year…) are evaluated on the in-memory facet columns; the two are combined as
/// sorted document sets.
/// </summary>
internal sealed class QueryEvaluator(IndexGeneration generation, SqliteConnection connection)
{
    private const int MaxExpansions = 64;

    /// <summary>Index terms the query looks for (for highlighting), including prefix and fuzzy expansions.</summary>
    public HashSet<string> HighlightTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Words the query asked for that the index does not know (for "did you mean").</summary>
    public List<string> UnknownWords { get; } = [];

    public bool PrefixTooShort { get; private set; }

    /// <summary>Whether any text subtree had something to search for (not only stop words) in some language.</summary>
    public bool SawSearchableText { get; private set; }

    /// <summary>Whether some language read a text subtree as nothing but stop words (<c>le la les</c> in French).</summary>
    public bool SawOnlyStopWords { get; private set; }

    /// <summary>A new evaluator on the same generation and connection, with nothing marked or noticed yet.</summary>
    public QueryEvaluator Another() => new(generation, connection);

    public DocSet Evaluate(QueryNode node)
    {
        if (IsText(node))
        {
            return EvaluateText(node);
        }
        switch (node)
        {
            case AndNode and:
            {
                DocSet? result = null;
                foreach (var child in and.Children)
                {
                    var set = Evaluate(child);
                    result = result is null ? set : result.And(set);
                }
                result ??= DocSet.All(generation.Count);
                foreach (var excluded in and.Excluded)
                {
                    result = result.Minus(Evaluate(excluded));
                }
                return result;
            }
            case OrNode or:
                return or.Children.Select(Evaluate).Aggregate(DocSet.Empty, (a, b) => a.Or(b));
            case RangeNode range:
                return EvaluateRange(range);
            case TermNode term:
                return EvaluateExact(term.Field!, term.Text);
            case PhraseNode phrase:
                return EvaluateExact(phrase.Field!, phrase.Text);
            case PrefixNode prefix:
                return EvaluateExact(prefix.Field!, prefix.Text);
            case FuzzyNode fuzzy:
                return EvaluateExact(fuzzy.Field!, fuzzy.Text);
            default:
                return DocSet.Empty;
        }
    }

    /// <summary>True when the node matches nothing but words (so that one FTS5 expression can answer it).</summary>
    internal static bool IsText(QueryNode node) => node switch
    {
        AndNode and => and.Children.All(IsText) && and.Excluded.All(IsText),
        OrNode or => or.Children.All(IsText),
        TermNode t => t.Field is null || QueryFields.TextFields.Contains(t.Field),
        PhraseNode p => p.Field is null || QueryFields.TextFields.Contains(p.Field),
        PrefixNode p => p.Field is null || QueryFields.TextFields.Contains(p.Field),
        FuzzyNode f => f.Field is null || QueryFields.TextFields.Contains(f.Field),
        _ => false,
    };

    private DocSet EvaluateText(QueryNode node) => ReadingsOf(node) is { } readings ? Combine(readings) : DocSet.Empty;

    /// <summary>
    /// A text subtree's readings, one per group of languages that analyse it alike, before their union; null when no
    /// language has anything to search for in it.
    /// </summary>
    internal TextReadings? ReadingsOf(QueryNode node)
    {
        // One expression per language of the index; languages whose analysis gives the same expression share a query.
        var byExpression = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var nothing = true;
        foreach (var language in generation.Languages)
        {
            var expression = Compile(node, TextAnalyzer.For(language));
            if (expression is null)
            {
                SawOnlyStopWords = true;
                continue;
            }
            nothing = false;
            if (!byExpression.TryGetValue(expression, out var languages))
            {
                byExpression[expression] = languages = [];
            }
            languages.Add(language);
        }
        if (nothing)
        {
            return null;
        }
        SawSearchableText = true;
        // Each reading answers for the statements in its languages: the readings' sets, each kept to its own
        // languages, never share a statement, so one pass makes their union.
        var readings = new List<Reading>(byExpression.Count);
        // A language whose reading is only stop words has no reading (-1): its statements are not matched.
        var readingOfLanguage = new int[generation.Facets[FacetNames.Language].Values.Length];
        Array.Fill(readingOfLanguage, -1);
        foreach (var (expression, languages) in byExpression)
        {
            foreach (var language in languages)
            {
                if (generation.Facets[FacetNames.Language].Ordinal(language) is { } ord)
                {
                    readingOfLanguage[ord] = readings.Count;
                }
            }
            // A word (or prefix, or fuzzy word), or words in OR: their forms' cached sets, combined in the union below
            // without unions of their own. Else our own BM25 over cached postings and positions where it can answer;
            // FTS5 for field-restricted words. A reading for some of the languages works on its terms' statements in
            // those languages only (kept with the generation), not on all of them.
            var analyzer = TextAnalyzer.For(languages[0]);
            _readingLanguages = languages.Count < generation.Languages.Count ? string.Join(',', languages) : null;
            try
            {
                if (Fused(node, analyzer) is { } fused)
                {
                    // Its forms' sets come from TermScores, kept to this reading's languages.
                    readings.Add(fused with { OwnLanguagesOnly = true });
                    continue;
                }
                var scored = Score(node, analyzer);
                readings.Add(new Reading([scored is null || ReferenceEquals(scored, Ignored) ? RunMatch(expression) : scored], Sum: false,
                    OwnLanguagesOnly: _readingLanguages is null));
            }
            finally
            {
                _readingLanguages = null;
            }
        }
        return new TextReadings(readings, readingOfLanguage);
    }

    /// <summary>The statements a text subtree's readings match, each with its score in its own language's reading.</summary>
    internal DocSet Combine(TextReadings text)
    {
        // The clauses of an OR or an AND are united here, not when they are read: a search that ranks them without
        // their union (Ranking.Top) never needs it.
        var readings = text.Readings
            .Select(r => !r.Sum ? r : r.All
                ? r with { Sets = [r.Clauses.Select(Unite).Aggregate((a, b) => a.And(b))], Sum = false, All = false }
                : r with { Sets = r.Clauses.Select(Unite).ToList() })
            .ToList();
        return readings is [{ Sets: [var only] }] && !text.ReadingOfLanguage.Contains(-1) ? only : Union(readings, text.ReadingOfLanguage);
    }

    /// <summary>
    /// One reading of a query, as sets the union combines: the forms of one word (a statement counts its best form),
    /// or the clauses of an OR (a statement sums them, as <see cref="DocSet.Or(DocSet)"/> does, in the same order), or
    /// with <see cref="All"/> the clauses of an AND (only statements in all of them, summed as <see cref="DocSet.And"/>
    /// does).
    /// </summary>
    /// <param name="OwnLanguagesOnly">Whether the sets already hold only statements in the reading's languages (else
    /// the union keeps them to those).</param>
    internal sealed record Reading(List<DocSet> Sets, bool Sum, bool OwnLanguagesOnly = false)
    {
        /// <summary>
        /// Per clause, the sets of its forms, a statement counting its best form in a clause: one clause for a word or
        /// a set, one per word for an OR or an AND of words (whose <see cref="Sets"/> <see cref="Combine"/> makes).
        /// </summary>
        public List<List<DocSet>> Clauses { get; init; } = [Sets];

        public bool All { get; init; }
    }

    /// <summary>
    /// A text subtree's readings and, per language (facet ordinal), the reading that answers for its statements (-1:
    /// none, its reading was only stop words). Each reading's sets hold only statements in its own languages.
    /// </summary>
    internal sealed record TextReadings(List<Reading> Readings, int[] ReadingOfLanguage)
    {
        /// <summary>
        /// The readings as <see cref="Ranking.Top"/> ranks them (clauses of forms, all required or not) when each is
        /// kept to its own languages; null when the union would still have to keep some to their languages.
        /// </summary>
        public IReadOnlyList<RankedReading>? Ranked =>
            Readings.All(r => r.OwnLanguagesOnly) ? Readings.Select(r => new RankedReading(r.Clauses, r.All)).ToList() : null;
    }

    /// <summary>
    /// A lone word, prefix or fuzzy word, or an OR or an AND of them, as a <see cref="Reading"/> of cached sets; null
    /// for anything else (phrases, exclusions, fields) and whenever <see cref="Score"/> would give something else than
    /// what they make (only stop words, a prefix too short), which then answers.
    /// </summary>
    private Reading? Fused(QueryNode node, TextAnalyzer analyzer)
    {
        if (node is not (OrNode or AndNode { Excluded.Count: 0 }))
        {
            return FormSets(node, analyzer) is { } word ? new Reading(word, Sum: false) : null;
        }
        var children = node is OrNode or ? or.Children : ((AndNode)node).Children;
        var forms = new List<List<DocSet>>(children.Count);
        foreach (var child in children)
        {
            if (child is TermNode { Field: null } word && analyzer.Analyze(word.Text).Count == 0)
            {
                // Only stop words in this language: the OR or the AND leaves it out.
                continue;
            }
            if (FormSets(child, analyzer) is not { } clause)
            {
                return null;
            }
            forms.Add(clause);
        }
        return forms.Count switch
        {
            0 => null,
            1 when node is AndNode => new Reading(forms[0], Sum: false),
            // The clauses' sets are made from their forms by Combine.
            _ => new Reading([], Sum: true) { Clauses = forms, All = node is AndNode },
        };
    }

    /// <summary>A clause's set: its one form's, or the union of its forms, a statement at its best form.</summary>
    private DocSet Unite(List<DocSet> forms) => forms.Count == 1 ? forms[0] : Union([new Reading(forms, Sum: false)], null);

    /// <summary>
    /// The cached sets of the forms a lone word, prefix or fuzzy word stands for in one language (what
    /// <see cref="AnyOf"/> would unite), or null for anything else and for a word that is only stop words there.
    /// </summary>
    private List<DocSet>? FormSets(QueryNode node, TextAnalyzer analyzer)
    {
        IEnumerable<string>? forms = node switch
        {
            TermNode { Field: null } term when analyzer.Analyze(term.Text).GroupBy(t => t.Position).ToList() is [var place] => place.Select(t => t.Term),
            PrefixNode { Field: null } prefix => PrefixTerms(analyzer, prefix.Text),
            FuzzyNode { Field: null } fuzzy => FuzzyTerms(analyzer, fuzzy.Text, fuzzy.MaxEdits),
            _ => null,
        };
        if (forms?.Distinct(StringComparer.Ordinal).ToList() is not { Count: > 0 } distinct)
        {
            return null;
        }
        foreach (var term in distinct)
        {
            HighlightTerms.Add(term);
        }
        return distinct.Select(TermScores).ToList();
    }

    /// <summary>
    /// The union of the readings, each kept to the statements of its languages (all statements when
    /// <paramref name="readingOfLanguage"/> is null), so no two readings give the same statement; within a reading, a
    /// statement in several sets gets its best score (forms of one word) or their sum (clauses of an OR). Each kept
    /// entry is scattered into a per-thread score array and a bitmap over all statements, then gathered in statement
    /// order by walking the bitmap's set bits: one pass per set and one over the bitmap, with no merge comparing the
    /// sets' heads.
    /// </summary>
    private DocSet Union(List<Reading> readings, int[]? readingOfLanguage)
    {
        var words = (generation.Count >> 6) + 1;
        if (_mergeBits is null || _mergeBits.Length < words)
        {
            _mergeBits = new ulong[words];
            _mergeScores = new float[words << 6];
        }
        var bits = _mergeBits;
        var dense = _mergeScores!;
        try
        {
            return Gather(Scatter(readings, readingOfLanguage, bits, dense), bits, dense, words);
        }
        catch
        {
            // Never leave the thread's bitmap dirty for its next union.
            Array.Clear(bits, 0, words);
            throw;
        }
    }

    private int Scatter(List<Reading> readings, int[]? readingOfLanguage, ulong[] bits, float[] dense)
    {
        var languageOf = generation.Facets[FacetNames.Language].SingleOrds!;
        var total = 0;
        for (var r = 0; r < readings.Count; r++)
        {
            var sum = readings[r].Sum;
            foreach (var set in readings[r].Sets)
            {
                var docs = set.Docs;
                var scores = set.Scores;
                for (var i = 0; i < docs.Length; i++)
                {
                    var doc = docs[i];
                    if (readingOfLanguage is not null && readingOfLanguage[languageOf[doc]] != r)
                    {
                        continue;
                    }
                    ref var word = ref bits[doc >> 6];
                    var bit = 1UL << doc;
                    if ((word & bit) == 0)
                    {
                        word |= bit;
                        dense[doc] = scores[i];
                        total++;
                    }
                    else if (sum)
                    {
                        dense[doc] += scores[i];
                    }
                    else if (scores[i] > dense[doc])
                    {
                        dense[doc] = scores[i];
                    }
                }
            }
        }
        return total;
    }

    private static DocSet Gather(int total, ulong[] bits, float[] dense, int words)
    {
        var merged = GC.AllocateUninitializedArray<int>(total);
        var mergedScores = GC.AllocateUninitializedArray<float>(total);
        var n = 0;
        for (var w = 0; w < words && n < total; w++)
        {
            var word = bits[w];
            if (word == 0)
            {
                continue;
            }
            bits[w] = 0;
            do
            {
                var doc = (w << 6) | System.Numerics.BitOperations.TrailingZeroCount(word);
                merged[n] = doc;
                mergedScores[n++] = dense[doc];
                word &= word - 1;
            }
            while (word != 0);
        }
        return new DocSet(merged, mergedScores);
    }

    /// <summary>The bitmap and scores <see cref="Union"/> works in, one per thread (left all clear after each union).</summary>
    [ThreadStatic]
    private static ulong[]? _mergeBits;

    [ThreadStatic]
    private static float[]? _mergeScores;

    private static readonly DocSet Ignored = new([], []);

    /// <summary>
    /// The statements a text subtree matches with their BM25 scores, from postings and positions; <see cref="Ignored"/>
    /// when the subtree holds only stop words; null when they cannot answer it (a word or phrase in one field).
    /// </summary>
    internal DocSet? Score(QueryNode node, TextAnalyzer analyzer)
    {
        switch (node)
        {
            case AndNode and:
            {
                DocSet? result = null;
                foreach (var child in and.Children)
                {
                    var set = Score(child, analyzer);
                    if (set is null)
                    {
                        return null;
                    }
                    if (!ReferenceEquals(set, Ignored))
                    {
                        result = result is null ? set : result.And(set);
                    }
                }
                if (result is null)
                {
                    return Ignored;
                }
                foreach (var excluded in and.Excluded)
                {
                    var set = Score(excluded, analyzer);
                    if (set is null)
                    {
                        return null;
                    }
                    if (!ReferenceEquals(set, Ignored))
                    {
                        result = result.Minus(set);
                    }
                }
                return result;
            }
            case OrNode or:
            {
                DocSet? result = null;
                foreach (var child in or.Children)
                {
                    var set = Score(child, analyzer);
                    if (set is null)
                    {
                        return null;
                    }
                    if (!ReferenceEquals(set, Ignored))
                    {
                        result = result is null ? set : result.Or(set);
                    }
                }
                return result ?? Ignored;
            }
            case TermNode { Field: null } term:
                return ScoreWords(analyzer, term.Text);
            case PhraseNode { Field: null } phrase:
                return ScoreWords(analyzer, phrase.Text);
            case PrefixNode { Field: null } prefix:
                return PrefixTerms(analyzer, prefix.Text) is { } terms ? AnyOf(terms) : Ignored;
            case FuzzyNode { Field: null } fuzzy:
                return FuzzyTerms(analyzer, fuzzy.Text, fuzzy.MaxEdits) is { Count: > 0 } similar ? AnyOf(similar) : Ignored;
            default:
                return null;
        }
    }

    /// <summary>
    /// A word or a phrase. One place (a word, or a phrase of one word) → any of its forms, from postings. Several places
    /// (a phrase, or a word read as several such as <c>peut-être</c>) → the one form per place that the index keeps for
    /// phrases, following each other in one column.
    /// </summary>
    private DocSet ScoreWords(TextAnalyzer analyzer, string text)
    {
        var places = analyzer.Analyze(text).GroupBy(t => t.Position).Select(g => g.ToList()).ToList();
        if (places.Count == 0)
        {
            return Ignored;
        }
        if (places.Count == 1)
        {
            return AnyOf(places[0].Select(t => t.Term));
        }
        foreach (var token in places.SelectMany(p => p))
        {
            HighlightTerms.Add(token.Term);
        }
        var words = places.Select(p => p[^1].Term).ToList();
        return generation.PhraseScoresOf(words, () => PhraseScores(words));
    }

    /// <summary>
    /// BM25 of a phrase as if it were one term: its frequency is the column-weighted count of the places where its
    /// words follow each other, its document frequency the number of statements where they do. Statements are found by
    /// intersecting the words' lists (led by the shortest); positions are read only for statements in all of them.
    /// </summary>
    internal DocSet PhraseScores(IReadOnlyList<string> terms)
    {
        var n = terms.Count;
        var lists = new TermPositions[n];
        var driver = 0;
        for (var k = 0; k < n; k++)
        {
            lists[k] = generation.PositionsOf(terms[k], connection);
            if (lists[k].Count == 0)
            {
                return DocSet.Empty;
            }
            if (lists[k].Count < lists[driver].Count)
            {
                driver = k;
            }
        }
        var cursors = new int[n];
        var at = new int[n];
        var current = new int[n];
        var docs = new List<int>();
        var frequencies = new List<int>();
        var weights = IndexSchema.ColumnWeights;
        var lead = lists[driver].Docs;
        for (var i = 0; i < lead.Length; i++)
        {
            var doc = lead[i];
            var inAll = true;
            for (var k = 0; k < n && inAll; k++)
            {
                if (k == driver)
                {
                    cursors[k] = i;
                    continue;
                }
                cursors[k] = Seek(lists[k].Docs, cursors[k], doc);
                if (cursors[k] == lists[k].Count)
                {
                    return Bm25(new Postings([.. docs], [.. frequencies]));
                }
                inAll = lists[k].Docs[cursors[k]] == doc;
            }
            if (inAll && TermPositions.PhraseFrequency(lists, cursors, weights, at, current) is var frequency and > 0)
            {
                docs.Add(doc);
                frequencies.Add(frequency);
            }
        }
        return Bm25(new Postings([.. docs], [.. frequencies]));
    }

    /// <summary>The first index at or after <paramref name="from"/> whose statement is not below <paramref name="target"/> (galloping).</summary>
    private static int Seek(int[] docs, int from, int target)
    {
        if (from >= docs.Length || docs[from] >= target)
        {
            return from;
        }
        // Lists of similar length meet their next statement within a few steps.
        for (var near = Math.Min(docs.Length, from + 8); ++from < near;)
        {
            if (docs[from] >= target)
            {
                return from;
            }
        }
        if (from >= docs.Length)
        {
            return from;
        }
        var low = from - 1;
        var step = 1;
        var high = low + 1;
        while (high < docs.Length && docs[high] < target)
        {
            low = high;
            step <<= 1;
            high = low + step;
        }
        high = Math.Min(high, docs.Length);
        var index = Array.BinarySearch(docs, low + 1, high - low - 1, target);
        return index >= 0 ? index : ~index;
    }

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Statements holding any of <paramref name="terms"/> (forms of one word): the best form's score counts.</summary>
    private DocSet AnyOf(IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        foreach (var term in distinct)
        {
            HighlightTerms.Add(term);
        }
        if (distinct.Count <= 2)
        {
            DocSet? result = null;
            foreach (var term in distinct)
            {
                var set = TermScores(term);
                result = result is null ? set : result.Or(set, max: true);
            }
            return result ?? DocSet.Empty;
        }
        // Many forms (a prefix, a fuzzy word): one dense pass instead of a merge per form.
        return Union([new Reading(distinct.Select(TermScores).ToList(), Sum: false)], null);
    }

    /// <summary>
    /// BM25 of one term in every statement that holds it (k1 = 1.2, b = 0.75, field-weighted frequencies), or only in
    /// those in the languages of the reading being evaluated (the same scores: the term's statistics are the corpus's).
    /// </summary>
    internal DocSet TermScores(string term)
    {
        var all = generation.TermScoresOf(term, connection, Bm25);
        return _readingLanguages is { } languages ? generation.TermScoresIn(term, languages, all) : all;
    }

    /// <summary>The languages (comma-separated) of the reading <see cref="EvaluateText"/> is evaluating, when not all of the index's.</summary>
    private string? _readingLanguages;

    private DocSet Bm25(Postings postings)
    {
        if (postings.Count == 0)
        {
            return DocSet.Empty;
        }
        var n = generation.Count;
        var idf = Math.Log(1 + (n - postings.Count + 0.5) / (postings.Count + 0.5));
        var average = generation.AverageLength;
        var scores = new float[postings.Count];
        for (var i = 0; i < postings.Count; i++)
        {
            double tf = postings.Frequencies[i];
            var norm = K1 * (1 - B + B * generation.LengthOf(postings.Docs[i]) / average);
            scores[i] = (float)(idf * tf * (K1 + 1) / (tf + norm));
        }
        return new DocSet(postings.Docs, scores);
    }

    private DocSet RunMatch(string expression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {IndexSchema.Bm25} FROM {IndexSchema.FtsTable} WHERE {IndexSchema.FtsTable} MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        var docs = new List<int>();
        var scores = new List<float>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            docs.Add(reader.GetInt32(0));
            scores.Add((float)-reader.GetDouble(1));
        }
        return new DocSet(docs.ToArray(), scores.ToArray());
    }

    /// <summary>The FTS5 expression of a text subtree in one language, or null when nothing searchable is left.</summary>
    internal string? Compile(QueryNode node, TextAnalyzer analyzer)
    {
        switch (node)
        {
            case AndNode and:
            {
                var must = and.Children.Select(c => Compile(c, analyzer)).OfType<string>().ToList();
                if (must.Count == 0)
                {
                    return null;
                }
                var expression = must.Count == 1 ? must[0] : "(" + string.Join(" AND ", must) + ")";
                var not = and.Excluded.Select(c => Compile(c, analyzer)).OfType<string>().ToList();
                return not.Count == 0 ? expression : $"({expression} NOT ({string.Join(" OR ", not)}))";
            }
            case OrNode or:
            {
                var any = or.Children.Select(c => Compile(c, analyzer)).OfType<string>().Distinct().ToList();
                return any.Count switch
                {
                    0 => null,
                    1 => any[0],
                    _ => "(" + string.Join(" OR ", any) + ")",
                };
            }
            case TermNode term:
                return Column(term.Field, Words(analyzer, term.Text, phrase: false));
            case PhraseNode phrase:
                return Column(phrase.Field, Words(analyzer, phrase.Text, phrase: true));
            case PrefixNode prefix:
                return Column(prefix.Field, Prefix(analyzer, prefix.Text));
            case FuzzyNode fuzzy:
                return Column(fuzzy.Field, Fuzzy(analyzer, fuzzy.Text, fuzzy.MaxEdits));
            default:
                return null;
        }
    }

    private string? Words(TextAnalyzer analyzer, string text, bool phrase)
    {
        var tokens = analyzer.Analyze(text);
        if (tokens.Count == 0)
        {
            return null;
        }
        foreach (var token in tokens)
        {
            HighlightTerms.Add(token.Term);
        }
        var positions = tokens.GroupBy(t => t.Position).Select(g => g.Select(t => t.Term).Distinct().ToList()).ToList();
        if (positions.Count == 1)
        {
            var alternatives = positions[0];
            return alternatives.Count == 1 ? Quote(alternatives[0]) : "(" + string.Join(" OR ", alternatives.Select(Quote)) + ")";
        }
        // Several words from one query word (peut-être) or a phrase: they must follow each other, in the one form
        // per position that the index keeps for phrases (the last: the stem of the accent-less spelling).
        _ = phrase;
        return Quote(string.Join(' ', positions.Select(p => p[^1])));
    }

    private string? Prefix(TextAnalyzer analyzer, string text)
    {
        if (PrefixTerms(analyzer, text) is not { } terms)
        {
            return null;
        }
        var folded = analyzer.AnalyzePrefix(text)!;
        var parts = terms.Distinct().Select(Quote).Append(Quote(folded) + " *").ToList();
        return parts.Count == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";
    }

    /// <summary>The index terms of the words starting with a prefix (most frequent first), or null when the prefix is too short.</summary>
    private List<string>? PrefixTerms(TextAnalyzer analyzer, string text)
    {
        var folded = analyzer.AnalyzePrefix(text);
        if (folded is null || folded.Length < 2)
        {
            PrefixTooShort = true;
            return null;
        }
        var terms = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT term FROM vocab WHERE word >= $from AND word < $to ORDER BY df DESC LIMIT $limit";
            command.Parameters.AddWithValue("$from", folded);
            command.Parameters.AddWithValue("$to", folded + "\uffff");
            command.Parameters.AddWithValue("$limit", MaxExpansions);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                terms.Add(reader.GetString(0));
            }
        }
        foreach (var term in terms)
        {
            HighlightTerms.Add(term);
        }
        return terms;
    }

    private string? Fuzzy(TextAnalyzer analyzer, string text, int maxEdits)
    {
        var terms = FuzzyTerms(analyzer, text, maxEdits);
        var own = Words(analyzer, text, phrase: false);
        var parts = terms.Select(Quote).ToList();
        if (own is not null)
        {
            parts.Insert(0, own);
        }
        parts = parts.Distinct().ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => "(" + string.Join(" OR ", parts) + ")",
        };
    }

    /// <summary>The word's own terms and the index terms of the words within a few edits of it.</summary>
    private List<string> FuzzyTerms(TextAnalyzer analyzer, string text, int maxEdits)
    {
        var folded = analyzer.AnalyzePrefix(text);
        if (folded is null)
        {
            return [];
        }
        var edits = Math.Min(maxEdits, folded.Length <= 4 ? 1 : 2);
        var terms = analyzer.Analyze(text).Select(t => t.Term)
            .Concat(Vocabulary.Similar(generation, connection, folded, edits, MaxExpansions).Select(c => c.Term))
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var term in terms)
        {
            HighlightTerms.Add(term);
        }
        return terms;
    }

    private static string? Column(string? field, string? expression)
    {
        if (expression is null)
        {
            return null;
        }
        return field switch
        {
            QueryFields.Title => $"{{{IndexSchema.TitleColumn}}} : ({expression})",
            QueryFields.Text => $"{{{IndexSchema.TextColumn}}} : ({expression})",
            _ => expression,
        };
    }

    /// <summary>An FTS5 string: double quotes inside are doubled, so nothing in it is ever read as an operator.</summary>
    internal static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private DocSet EvaluateRange(RangeNode range)
    {
        if (range.Field != FacetNames.Year)
        {
            return DocSet.Empty;
        }
        var years = generation.Fields.Years;
        return DocSet.Where(generation.Count, doc =>
            years[doc] is { } y && (range.From is null || y >= range.From) && (range.To is null || y <= range.To));
    }

    private DocSet EvaluateExact(string field, string value)
    {
        value = value.Trim();
        switch (field)
        {
            case QueryFields.Symbol:
            case QueryFields.Cites:
            {
                if (!UnSymbol.TryParse(value, out var symbol))
                {
                    return DocSet.Empty;
                }
                return Symbols(symbol, own: field == QueryFields.Symbol);
            }
            case FacetNames.Session:
            {
                var canonical = UnSession.TryParse(value, out var session) ? session.Value.ToString() : value;
                return FacetEquals(field, canonical);
            }
            default:
                return FacetEquals(field, value);
        }
    }

    private DocSet FacetEquals(string field, string value)
    {
        if (!generation.Facets.TryGetValue(field, out var column) || column.Ordinal(value) is not { } ord)
        {
            return DocSet.Empty;
        }
        var selected = new bool[column.Values.Length];
        selected[ord] = true;
        return DocSet.Where(generation.Count, doc => column.Matches(doc, selected));
    }

    internal DocSet Symbols(string symbol, bool own)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT statement FROM symbols WHERE (symbol = $s OR base = $b) AND own = $own ORDER BY statement";
        command.Parameters.AddWithValue("$s", symbol);
        command.Parameters.AddWithValue("$b", UnSymbol.BaseSymbol(symbol));
        command.Parameters.AddWithValue("$own", own ? 1 : 0);
        var docs = new List<int>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            docs.Add(reader.GetInt32(0));
        }
        return new DocSet(docs.ToArray(), Enumerable.Repeat(1f, docs.Count).ToArray());
    }
}

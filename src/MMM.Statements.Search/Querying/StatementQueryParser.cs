using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Querying;

/// <summary>
/// Lucene's classic query syntax read for one language's fields: plain words search the title (boosted), the text and
/// the session/body/symbol words; <c>title:</c> and <c>text:</c> name one of them; the facets and symbols are exact
/// fields whose values are matched as the index spells them; <c>year:[a TO b]</c> is a numeric range. Prefixes,
/// wildcards and fuzzy words are expanded over the words of the index as written (folded), then analysed like the
/// text, so <c>numéri*</c> = <c>numeri*</c> and both find <c>numérique</c> — which Lucene's stock parser cannot.
/// </summary>
internal sealed class StatementQueryParser : MultiFieldQueryParser
{
    /// <summary>The most index words a prefix, wildcard or fuzzy word expands to (most frequent first).</summary>
    public const int MaxExpansions = 64;

    public const int MinPrefixLength = 2;

    private readonly string _language;
    private readonly StatementSearcher _searcher;
    private readonly SearchUnit _unit;

    public StatementQueryParser(StatementSearcher searcher, string language, bool anyWord)
        : base(StatementAnalyzer.Match, TextFields(language, searcher.Unit), TextAnalyzer.For(language).Chain, Boosts(language, searcher.Unit))
    {
        _searcher = searcher;
        _language = language;
        _unit = searcher.Unit;
        DefaultOperator = anyWord ? OR_OPERATOR : AND_OPERATOR;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
    }

    /// <summary>A prefix, wildcard or fuzzy word was too short to expand (fewer than two letters).</summary>
    public bool PrefixTooShort { get; private set; }

    /// <summary>The fields words are looked for in: a statement's title, text and metadata, or an ask's text.</summary>
    private static string[] TextFields(string language, SearchUnit unit) => unit == SearchUnit.Ask
        ? [StatementFields.AskText(language)]
        : [StatementFields.Title(language), StatementFields.Text(language), StatementFields.Meta(language)];

    private static Dictionary<string, float> Boosts(string language, SearchUnit unit) => unit == SearchUnit.Ask
        ? new(StringComparer.Ordinal) { [StatementFields.AskText(language)] = 1f }
        : new(StringComparer.Ordinal)
    {
        // Every field named: Lucene.Net's parser looks each one up.
        [StatementFields.Title(language)] = StatementFields.TitleBoost,
        [StatementFields.Text(language)] = 1f,
        [StatementFields.Meta(language)] = StatementFields.MetaBoost,
    };

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null)
        {
            return base.GetFieldQuery(field!, queryText, quoted);
        }
        if (TextField(field) is { } textField)
        {
            return NewFieldQuery(Analyzer, textField, queryText, quoted);
        }
        if (StatementFields.ExactQueryFields.TryGetValue(field, out var exact))
        {
            return ExactQuery(exact, queryText);
        }
        // An unknown field name is just another word.
        return base.GetFieldQuery(null!, field + " " + queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is not null && TextField(field) is { } textField)
        {
            var query = NewFieldQuery(Analyzer, textField, queryText, quoted: true);
            if (query is PhraseQuery phrase)
            {
                phrase.Slop = slop;
            }
            return query;
        }
        return field is null ? base.GetFieldQuery(field!, queryText, slop) : GetFieldQuery(field, queryText, quoted: true);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (string.Equals(field, FacetNames.Year, StringComparison.OrdinalIgnoreCase))
        {
            int? Bound(string part) => int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
            return NumericRangeQuery.NewInt32Range(StatementFields.YearNumber, Bound(part1), Bound(part2), startInclusive, endInclusive);
        }
        // Ranges elsewhere mean nothing here: their bounds become words.
        return GetFieldQuery(field, part1 + " " + part2, quoted: false);
    }

    protected override Query GetPrefixQuery(string field, string termStr) => Expand(field, termStr, MatchPrefix);

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (termStr.EndsWith('*') && termStr.IndexOfAny(['*', '?']) == termStr.Length - 1)
        {
            return GetPrefixQuery(field, termStr[..^1]);
        }
        return Expand(field, termStr, MatchWildcard);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var edits = minSimilarity >= 1 ? (int)minSimilarity : termStr.Length <= 5 ? 1 : 2;
        return Expand(field, termStr, (terms, folded) => MatchFuzzy(terms, folded, Math.Clamp(edits, 1, 2)));
    }

    protected override Query GetRegexpQuery(string field, string termStr) => GetFieldQuery(field, termStr, quoted: false);

    private string? TextField(string field) => (field.ToLowerInvariant(), _unit) switch
    {
        ("title", SearchUnit.Statement) => StatementFields.Title(_language),
        ("text", SearchUnit.Statement) => StatementFields.Text(_language),
        // An ask has no title of its own: title:… and text:… both read its text.
        ("title" or "text", SearchUnit.Ask) => StatementFields.AskText(_language),
        _ => null,
    };

    /// <summary>An exact field's value as the index spells it: facet values case-insensitively, sessions and symbols normalised.</summary>
    private Query ExactQuery(string field, string value)
    {
        value = value.Trim();
        if (field == FacetNames.Session && UnSession.TryParse(value, out var session))
        {
            value = session.Value.ToString();
        }
        else if (field is StatementFields.Symbol or StatementFields.Cites && UnSymbol.TryParse(value, out var symbol))
        {
            var exact = new BooleanQuery
            {
                { new TermQuery(new Term(field, symbol)), Occur.SHOULD },
                { new TermQuery(new Term(field == StatementFields.Symbol ? StatementFields.SymbolBase : StatementFields.CitesBase, UnSymbol.BaseSymbol(symbol))), Occur.SHOULD },
            };
            return exact;
        }
        else if (_searcher.Labels.OrdinalsOf.TryGetValue(field == StatementFields.Language ? FacetNames.Language : field, out var ords))
        {
            value = ords.Select(o => _searcher.Labels.ValueOf[o]).FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ?? value;
        }
        return new TermQuery(new Term(field, value));
    }

    private Query Expand(string? field, string termStr, Func<Terms, string, IEnumerable<string>> match)
    {
        if (field is not null && StatementFields.ExactQueryFields.TryGetValue(field, out var exact))
        {
            return new PrefixQuery(new Term(exact, termStr));
        }
        var words = TextAnalyzer.For(_language);
        var folded = words.AnalyzePrefix(termStr.Replace('*', 'x').Replace('?', 'x')) is { } probe && probe.Length >= MinPrefixLength
            ? FoldPattern(termStr)
            : null;
        var literal = folded is null ? "" : new string(folded.TakeWhile(c => c is not ('*' or '?')).ToArray());
        if (folded is null || literal.Length < MinPrefixLength)
        {
            PrefixTooShort = true;
            return new BooleanQuery();
        }
        var vocabulary = MultiFields.GetTerms(_searcher.IndexReader, StatementFields.Vocabulary(_language));
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (vocabulary is not null)
        {
            foreach (var written in match(vocabulary, folded).Take(MaxExpansions))
            {
                foreach (var token in words.Analyze(written))
                {
                    stems.Add(token.Term);
                }
            }
        }
        var fields = field is null ? TextFields(_language, _unit) : TextField(field) is { } one ? [one] : TextFields(_language, _unit);
        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var stem in stems)
        {
            foreach (var f in fields)
            {
                expansion.Add(new TermQuery(new Term(f, stem)) { Boost = f.StartsWith("title", StringComparison.Ordinal) ? StatementFields.TitleBoost : 1f }, Occur.SHOULD);
            }
        }
        return expansion;
    }

    /// <summary>The pattern folded like the index's words, its wildcards kept.</summary>
    private string FoldPattern(string pattern)
    {
        var words = TextAnalyzer.For(_language);
        var result = new System.Text.StringBuilder();
        var run = new System.Text.StringBuilder();
        void Flush()
        {
            if (run.Length > 0)
            {
                result.Append(words.AnalyzePrefix(run.ToString()) ?? "");
                run.Clear();
            }
        }
        foreach (var c in pattern)
        {
            if (c is '*' or '?')
            {
                Flush();
                result.Append(c);
            }
            else
            {
                run.Append(c);
            }
        }
        Flush();
        return result.ToString();
    }

    /// <summary>Words as written whose folded form starts with <paramref name="prefix"/>, most frequent first.</summary>
    private static IEnumerable<string> MatchPrefix(Terms terms, string prefix) =>
        Written(terms, new CompiledAutomaton(BasicOperations.Concatenate(BasicAutomata.MakeString(prefix), BasicAutomata.MakeAnyString())));

    private static IEnumerable<string> MatchWildcard(Terms terms, string pattern)
    {
        var automaton = WildcardQuery.ToAutomaton(new Term("", pattern));
        return Written(terms, new CompiledAutomaton(BasicOperations.Concatenate(automaton, BasicOperations.Concatenate(BasicAutomata.MakeChar(StatementFields.VocabularySeparator), BasicAutomata.MakeAnyString()))));
    }

    public static IEnumerable<string> MatchFuzzy(Terms terms, string word, int edits) => Written(terms, FuzzyAutomaton(word, edits));

    /// <summary>
    /// Vocabulary terms one or two edits from a folded word. Determinising the Levenshtein automaton followed by the
    /// separator costs milliseconds for a long word, so the compiled automaton is shared by every language's vocabulary
    /// and kept for the words asked again (paging, facets, the did-you-mean of the same query).
    /// </summary>
    public static CompiledAutomaton FuzzyAutomaton(string word, int edits)
    {
        if (FuzzyAutomata.TryGetValue((word, edits), out var cached))
        {
            return cached;
        }
        var levenshtein = new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(edits);
        var compiled = new CompiledAutomaton(BasicOperations.Concatenate(levenshtein, BasicOperations.Concatenate(BasicAutomata.MakeChar(StatementFields.VocabularySeparator), BasicAutomata.MakeAnyString())));
        if (FuzzyAutomata.Count >= 512)
        {
            FuzzyAutomata.Clear();
        }
        FuzzyAutomata[(word, edits)] = compiled;
        return compiled;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, int Edits), CompiledAutomaton> FuzzyAutomata = new();

    /// <summary>The written forms of the vocabulary terms an automaton accepts, most frequent first (bounded).</summary>
    public static IEnumerable<string> Written(Terms terms, CompiledAutomaton automaton, int scan = 4096)
    {
        var found = new List<(string Written, int Df)>();
        var e = automaton.GetTermsEnum(terms);
        var seen = 0;
        while (e.MoveNext() && seen++ < scan)
        {
            var term = e.Term.Utf8ToString();
            var separator = term.IndexOf(StatementFields.VocabularySeparator);
            if (separator > 0)
            {
                found.Add((term[(separator + 1)..], e.DocFreq));
            }
        }
        return found.OrderByDescending(f => f.Df).ThenBy(f => f.Written, StringComparer.Ordinal).Select(f => f.Written);
    }
}

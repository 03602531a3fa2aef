namespace MMM.Statements.Search;

/// <summary>Sort orders of a search.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>What a search lists: statements, or the asks statements make (each its own hit, linking to it in place).</summary>
public enum SearchUnit
{
    Statement,
    Ask,
}

/// <summary>
/// One ask of a statement as the site shows it: its number (the anchor <c>#ask-N</c> of the statement page), its text,
/// where it starts (the file, its page in a PDF, null on an HTML page; the paragraph of that page) and its own topics.
/// </summary>
public sealed record AskEntry(int Number, string Text, int FileNumber, int? Page, int Paragraph, IReadOnlyList<string> Topics);

/// <summary>A search as the site, the API and the CLI ask it.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";

    /// <summary>Selected facet values by facet name (see <see cref="FacetNames"/>); values of one facet combine with OR.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;

    /// <summary>Whether to compute snippets for the hits of the page.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Whether to compute facet counts.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Match statements with any of the words rather than all of them (Lucene's default operator OR).</summary>
    public bool AnyWord { get; init; }

    /// <summary>The language labels are shown in (fr, en, es).</summary>
    public string UiLanguage { get; init; } = "fr";

    /// <summary>List every language version as its own entry (exports, the admin list) instead of one entry per statement.</summary>
    public bool EachVersion { get; init; }

    /// <summary>When set, only statements with a file whose path contains this text (any case); the query is then ignored.</summary>
    public string? FileContains { get; init; }

    /// <summary>Statements (the default), or asks: then each hit is one ask, matched by its own words and facets.</summary>
    public SearchUnit Unit { get; init; } = SearchUnit.Statement;

    public const int MaxSize = 50;
    public const int MaxPage = 1000;
    public const int MaxQueryLength = 512;
}

/// <summary>The facets, in the order the site shows them. These names are also the query-string parameters.</summary>
public static class FacetNames
{
    public const string Body = "body";
    public const string Session = "session";
    public const string Year = "year";
    public const string Topic = "topic";
    public const string Type = "type";
    public const string Language = "language";
    public const string Location = "location";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Body, Session, Year, Topic, Type, Language, Location, Partner];
}

/// <summary>A passage of a statement with the matched words marked; <see cref="Html"/> is encoded, then marked.</summary>
public sealed record Snippet(string Html, int? Page, int FileNumber);

/// <summary>One value of a facet with its count under the current search.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>Another language version of a hit.</summary>
public sealed record LanguageVersion(string Id, string Language, string Title);

/// <summary>One statement in a result list.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public DateOnly? Date { get; init; }
    public required string Language { get; init; }
    public string? Body { get; init; }
    public string? Session { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Symbols { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The organisations that signed with MMM (partner ids, or names as written).</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];
    public string? Type { get; init; }
    public string? Location { get; init; }
    public required string Url { get; init; }
    public double Score { get; init; }
    public IReadOnlyList<Snippet> Snippets { get; init; } = [];
    public IReadOnlyList<LanguageVersion> Versions { get; init; } = [];

    /// <summary>"statement", or "ask" for a hit of a search of asks (then <see cref="Url"/> links to the ask in place).</summary>
    public string Unit { get; init; } = "statement";

    /// <summary>An ask hit's number in its statement (its anchor <c>#ask-N</c>).</summary>
    public int? AskNumber { get; init; }

    /// <summary>An ask hit's text (plain; <see cref="Snippets"/> holds it marked).</summary>
    public string? AskText { get; init; }
}

/// <summary>Why a search said what it said, beyond its hits (for the site's messages).</summary>
public enum SearchNotice
{
    None,

    /// <summary>Nothing matched all the words, so the hits match any of them.</summary>
    FellBackToAnyWord,

    /// <summary>The query was empty (or only stop words): the newest statements are listed.</summary>
    EmptyQuery,

    /// <summary>The query was too long and was cut.</summary>
    QueryTruncated,

    /// <summary>The query took too long and was stopped; the hits may be incomplete.</summary>
    TimedOut,

    /// <summary>The query was a UN symbol and resolved to one statement.</summary>
    SymbolResolved,
}

/// <summary>What a search returns; serialised as the <c>/api/search</c> JSON.</summary>
public sealed record SearchResult
{
    public required string Query { get; init; }
    public int Total { get; init; }

    /// <summary>How many language versions the <see cref="Total"/> entries stand for (equal to it when no statement has several).</summary>
    public int TotalVersions { get; init; }

    public double TookMs { get; init; }
    public int Page { get; init; }
    public int Size { get; init; }
    public string? Suggestion { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    public IReadOnlyList<SearchNotice> Notices { get; init; } = [];

    /// <summary>The id of the statement a symbol query resolved to, if any.</summary>
    public string? ResolvedId { get; init; }

    /// <summary>The session the query named in words (e.g. "CSW 2024"), applied as a filter.</summary>
    public string? SessionFromQuery { get; init; }
}

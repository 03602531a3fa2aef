using MMM.Statements.Search;

namespace MMM.Statements.Benchmarks;

/// <summary>The three measured modes, named with the keys of Lucene's harness.</summary>
internal enum BenchMode
{
    /// <summary>(a) top-10 search.</summary>
    Search,

    /// <summary>(b) top-10 search with the facet counts.</summary>
    SearchFacets,

    /// <summary>(c) (b) plus highlighted snippets for the top 10.</summary>
    SearchFacetsSnippets,
}

internal static class BenchModes
{
    public static readonly BenchMode[] All = [BenchMode.Search, BenchMode.SearchFacets, BenchMode.SearchFacetsSnippets];

    public static string Key(this BenchMode mode) => mode switch
    {
        BenchMode.Search => "search",
        BenchMode.SearchFacets => "search_facets",
        _ => "search_facets_hl",
    };

    public static string Label(this BenchMode mode) => mode switch
    {
        BenchMode.Search => "(a) search top 10",
        BenchMode.SearchFacets => "(b) + facets",
        _ => "(c) + facets + snippets",
    };

    /// <summary>
    /// The request of a mode. <see cref="SearchRequest.AnyWord"/> makes the default operator OR like Lucene's classic
    /// parser, so both engines answer the same question.
    /// </summary>
    public static SearchRequest Request(this BenchMode mode, string query) => new()
    {
        Query = query,
        AnyWord = true,
        Size = 10,
        Facets = mode != BenchMode.Search,
        Snippets = mode == BenchMode.SearchFacetsSnippets,
    };
}

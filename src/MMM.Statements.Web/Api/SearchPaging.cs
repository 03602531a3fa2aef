using MMM.Statements.Search;

namespace MMM.Statements.Web.Api;

public static class SearchPaging
{
    /// <summary>
    /// Every hit of a search, page after page as large as the engine serves, until the list ends or, at a page's end,
    /// at least <paramref name="max"/> hits have been read (exports, session pages).
    /// </summary>
    public static IEnumerable<SearchHit> AllHits(this StatementIndex index, SearchRequest request, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(request);
        var read = 0;
        for (var page = 1; page <= SearchRequest.MaxPage && read < max; page++)
        {
            var result = index.Search(request with { Page = page, Size = SearchRequest.MaxSize }, cancellationToken);
            foreach (var hit in result.Hits)
            {
                read++;
                yield return hit;
            }
            if (result.Hits.Count < SearchRequest.MaxSize || page * SearchRequest.MaxSize >= result.Total)
            {
                yield break;
            }
        }
    }
}

using Microsoft.AspNetCore.WebUtilities;
using MMM.Statements.Search;
using MMM.Statements.Web.Api;

namespace MMM.Statements.Web.Compare;

/// <summary>The compare page's address, and which statements a statement page offers to compare with.</summary>
public static class CompareLinks
{
    public const string Path = "/compare";

    /// <summary>How many statements of a topic are read at most to find the one before (a topic has tens).</summary>
    private const int MaxTopicStatements = 2_000;

    public static string Of(string a, string b) => QueryHelpers.AddQueryString(Path, new Dictionary<string, string?> { ["a"] = a, ["b"] = b });

    /// <summary>
    /// The statement before <paramref name="hit"/> on its first topic (the tagger lists a statement's main topic first):
    /// the newest one dated before it, in its language so that their words compare, and not one of its own language
    /// versions; one to the same UN body when there is one (how an ask to the CSocD changed from one session to the
    /// next), else one to any body. Null when the statement has no topic or no date, or nothing came before it.
    /// </summary>
    public static SearchHit? PreviousOnTopic(StatementIndex index, SearchHit hit, string uiLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(hit);
        if (hit.Topics.Count == 0 || hit.Date is not { } date)
        {
            return null;
        }
        var own = hit.Versions.Select(v => v.Id).Append(hit.Id).ToHashSet(StringComparer.Ordinal);
        SearchHit? Before(string? body)
        {
            var filters = new Dictionary<string, IReadOnlyList<string>>
            {
                [FacetNames.Topic] = [hit.Topics[0]],
                [FacetNames.Language] = [hit.Language],
            };
            if (body is not null)
            {
                filters[FacetNames.Body] = [body];
            }
            var request = new SearchState { Sort = SearchSort.Newest, Filters = filters }.ToRequest(uiLanguage, snippets: false, facets: false);
            return index.AllHits(request, MaxTopicStatements, cancellationToken)
                .FirstOrDefault(h => h.Date < date && !own.Contains(h.Id) && h.Language == hit.Language);
        }
        return (hit.Body is { } sameBody ? Before(sameBody) : null) ?? Before(null);
    }
}

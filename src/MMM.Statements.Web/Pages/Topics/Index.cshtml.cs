using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Pages.Topics;

/// <summary>Every topic of the taxonomy with how many statements the index holds for it, each linking to its timeline.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class TopicsModel(StatementIndex index, Taxonomy taxonomy) : PageModel
{
    public IReadOnlyList<TaxonomyTopic> Topics => taxonomy.Topics;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public void OnGet()
    {
        var result = index.Search(new SearchRequest { Size = 1, Snippets = false, Facets = true }, HttpContext.RequestAborted);
        Counts = (result.Facets.GetValueOrDefault(FacetNames.Topic) ?? []).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
    }
}

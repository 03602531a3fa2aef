using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Timeline;

namespace MMM.Statements.Web.Pages.Topics;

/// <summary>One topic of the taxonomy over time: its statements counted per year and body, charted, then listed.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class TopicModel(StatementIndex index, Taxonomy taxonomy, UiText text) : TimelinePageModel(index, taxonomy)
{
    [BindProperty(SupportsGet = true)]
    public string Topic { get; set; } = "";

    public TaxonomyTopic Info { get; private set; } = default!;

    public IActionResult OnGet()
    {
        if (Taxonomy.Topics.FirstOrDefault(t => string.Equals(t.Id, Topic, StringComparison.OrdinalIgnoreCase)) is not { } topic)
        {
            return NotFound();
        }
        if (topic.Id != Topic)
        {
            return RedirectPermanent(TimelineLinks.Topic(topic.Id) + Request.QueryString);
        }
        Info = topic;
        Heading = UiText.Format(text.Evolution.TopicTitleFormat, topic.Labels.For(SiteCultures.Current));
        Canonical = TimelineLinks.Topic(topic.Id);
        Load(new SearchState { Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Topic] = [topic.Id] } });
        return Page();
    }
}

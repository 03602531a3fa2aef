using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Sessions;

namespace MMM.Statements.Web.Pages.Sessions;

/// <summary>Every session of the calendar by body, newest first, with how many statements the index holds for each.</summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class SessionsModel(StatementIndex index, SessionCalendar calendar, Taxonomy taxonomy) : PageModel
{
    /// <summary>The calendar's sessions by body (the taxonomy's order), newest first.</summary>
    public IReadOnlyList<IGrouping<TaxonomyBody, SessionInfo>> Bodies { get; private set; } = [];

    /// <summary>Sessions the index holds that the calendar does not know (a file tagged with a session added later).</summary>
    public IReadOnlyList<string> Unlisted { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public void OnGet()
    {
        Counts = SessionHosting.Counts(index);
        var order = taxonomy.Bodies.Select(b => b.Id).ToList();
        Bodies = calendar.Sessions.OrderByDescending(s => s.Session.Number).GroupBy(s => s.Body)
            .OrderBy(g => order.IndexOf(g.Key.Id)).ToList();
        Unlisted = Counts.Keys.Where(k => calendar.Find(k) is null).Order(StringComparer.Ordinal).ToList();
    }
}

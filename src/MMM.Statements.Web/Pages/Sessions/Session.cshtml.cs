using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Sessions;

namespace MMM.Statements.Web.Pages.Sessions;

/// <summary>
/// One session: its name, dates, place and themes, then every MMM statement indexed for it in date order, and the
/// previous and next sessions of the same body. The statements come from the index's <c>session</c> facet.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed partial class SessionModel(StatementIndex index, SessionCalendar calendar, Taxonomy taxonomy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Session { get; set; } = "";

    public SessionInfo Info { get; private set; } = default!;

    public IReadOnlyList<SearchHit> Items { get; private set; } = [];

    public SessionInfo? Previous { get; private set; }

    public SessionInfo? Next { get; private set; }

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    /// <summary>Each listed statement's asks (by statement id), in their order on its page.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchHit>> Asks { get; private set; } = new Dictionary<string, IReadOnlyList<SearchHit>>();

    public Taxonomy Taxonomy => taxonomy;

    public IActionResult OnGet()
    {
        if (calendar.Find(Session) is not { } info)
        {
            return NotFound();
        }
        if (info.Key != Session)
        {
            // One address per session: /sessions/csw69 is /sessions/CSW69.
            return RedirectPermanent(SessionHosting.PageLink(info.Key) + Request.QueryString);
        }
        Info = info;
        Items = AllItems(info.Key);
        Asks = AllAsks(info.Key);
        Previous = calendar.Previous(info);
        Next = calendar.Next(info);
        Counts = SessionHosting.Counts(index);
        return Page();
    }

    /// <summary>The opening of a statement's text (its first snippet, without the title it usually starts with).</summary>
    public static string FirstLines(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        if (hit.Snippets.Count == 0)
        {
            return "";
        }
        // Without a query the snippet has no marks; it is encoded HTML, which Razor encodes again once decoded here.
        var text = WebUtility.HtmlDecode(Tags().Replace(hit.Snippets[0].Html, "")).Trim();
        if (text.StartsWith(hit.Title, StringComparison.Ordinal))
        {
            text = text[hit.Title.Length..].TrimStart(' ', '\u00A0', '–', '—', '-', ':', '.');
        }
        // The snippet stops mid-sentence: say so.
        return text.Length == 0 || text[^1] is '.' or '!' or '?' or '…' ? text : text + " …";
    }

    private List<SearchHit> AllItems(string session) => index.AllHits(new SearchRequest
    {
        Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Session] = [session] },
        Sort = SearchSort.Oldest,
        Facets = false,
        UiLanguage = SiteCultures.Current,
    }, int.MaxValue, HttpContext.RequestAborted).ToList();

    // One search of the session's asks rather than one statement read per item.
    private Dictionary<string, IReadOnlyList<SearchHit>> AllAsks(string session) => index.AllHits(new SearchRequest
    {
        Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Session] = [session] },
        Unit = SearchUnit.Ask,
        Sort = SearchSort.Oldest,
        Snippets = false,
        Facets = false,
        UiLanguage = SiteCultures.Current,
    }, int.MaxValue, HttpContext.RequestAborted)
        .GroupBy(h => h.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<SearchHit>)g.OrderBy(h => h.AskNumber).ToList(), StringComparer.Ordinal);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

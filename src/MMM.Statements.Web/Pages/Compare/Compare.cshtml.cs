using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Text;
using MMM.Statements.Web.Compare;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Pages.Compare;

/// <summary>
/// Two statements side by side (<c>/compare?a=…&amp;b=…</c>): their paragraphs aligned, the earlier on the left, with
/// the words the later one added and dropped. Two language versions of one statement are paired paragraph by paragraph
/// instead, to show what one of them does not have.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class CompareModel(StatementIndex index, Taxonomy taxonomy, UiText text) : PageModel
{
    /// <summary>Longer than any statement id; a longer value is not looked up.</summary>
    private const int MaxIdLength = 200;

    [BindProperty(Name = "a", SupportsGet = true)]
    public string? A { get; set; }

    [BindProperty(Name = "b", SupportsGet = true)]
    public string? B { get; set; }

    /// <summary>Set when the two statements cannot be compared; the page says why instead.</summary>
    public string? Error { get; private set; }

    public StatementDetails Left { get; private set; } = default!;

    public StatementDetails Right { get; private set; } = default!;

    public Alignment Alignment { get; private set; } = new([]);

    /// <summary>The two are language versions of one statement.</summary>
    public bool Translation { get; private set; }

    /// <summary>The address gave the later statement first; it is shown on the right.</summary>
    public bool Swapped { get; private set; }

    /// <summary>A text was too long to compare whole.</summary>
    public bool Capped { get; private set; }

    /// <summary>One of the two has no text to compare (a scan that could not be read).</summary>
    public bool NoText { get; private set; }

    public Taxonomy Taxonomy => taxonomy;

    public IActionResult OnGet()
    {
        var a = (A ?? "").Trim();
        var b = (B ?? "").Trim();
        if (a.Length == 0 || b.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, text.Evolution.MissingIds);
        }
        if (a == b)
        {
            return Refuse(StatusCodes.Status400BadRequest, text.Evolution.SameIds);
        }
        var ui = SiteCultures.Current;
        var found = new StatementDetails[2];
        foreach (var (id, i) in new[] { (a, 0), (b, 1) })
        {
            if (id.Length > MaxIdLength || index.Get(id, ui) is not { } details)
            {
                var shown = UnsafeCharacters.CleanLine(id.Length > 80 ? id[..80] + "…" : id);
                return Refuse(StatusCodes.Status404NotFound, UiText.Format(text.Evolution.UnknownIdFormat, shown));
            }
            found[i] = details;
        }
        var (left, right) = (found[0], found[1]);
        Translation = left.Summary.Versions.Any(v => v.Id == right.Summary.Id);
        if (!Translation && When(right.Summary) < When(left.Summary))
        {
            (left, right) = (right, left);
            Swapped = true;
        }
        Left = left;
        Right = right;
        var earlier = StatementParagraphs.Of(left);
        var later = StatementParagraphs.Of(right);
        Capped = earlier.Capped || later.Capped;
        NoText = earlier.Paragraphs.Count == 0 || later.Paragraphs.Count == 0;
        if (!NoText)
        {
            Alignment = ParagraphAligner.Align(earlier.Paragraphs, later.Paragraphs, Translation);
        }
        return Page();
    }

    /// <summary>When a statement was made, for ordering: its date, else the start of its year, else never.</summary>
    private static DateOnly When(SearchHit hit) => hit.Date ?? (hit.Year is { } year ? new DateOnly(year, 1, 1) : DateOnly.MinValue);

    private PageResult Refuse(int status, string message)
    {
        Error = message;
        HttpContext.RespondWithOwnPage(status);
        return Page();
    }
}

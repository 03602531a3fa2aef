using MMM.Statements.Search;
using MMM.Statements.Tagging;

namespace MMM.Statements.Web.Localization;

/// <summary>
/// The label of a facet value in the interface language: the taxonomy's, and the site's own for the value the tagger
/// gives a statement that names no known body (<c>other</c>), which the taxonomy does not list.
/// </summary>
public static class SiteLabels
{
    /// <summary>The tagger's body for a statement that names none of the taxonomy's bodies.</summary>
    public const string OtherBody = "other";

    public static string Of(Taxonomy taxonomy, SearchText text, string facet, string value, string uiLanguage)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(text);
        return IsOtherBody(facet, value) ? text.BodyOther : taxonomy.Label(facet, value, uiLanguage);
    }

    /// <summary>A facet value's label as the engine gave it, but for the values the site names itself.</summary>
    public static string Of(FacetValue value, SearchText text, string facet)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(text);
        return IsOtherBody(facet, value.Value) ? text.BodyOther : value.Label;
    }

    /// <summary>Where a statement was said, in short: its session, or else its body's label.</summary>
    public static string? Venue(Taxonomy taxonomy, SearchText text, SearchHit hit, string uiLanguage)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Session ?? (hit.Body is null ? null : Of(taxonomy, text, FacetNames.Body, hit.Body, uiLanguage));
    }

    private static bool IsOtherBody(string facet, string value) => facet == FacetNames.Body && value == OtherBody;
}

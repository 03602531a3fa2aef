namespace MMM.Statements.Web.Localization;

/// <summary>Strings of the search pages, statement pages, API messages and feeds, once per language (see <see cref="UiText"/>).</summary>
public sealed partial record SearchText
{
    public required string ResultsHeading { get; init; }
}

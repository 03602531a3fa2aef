namespace MMM.Statements.Web.Localization;

/// <summary>Strings of the staff pages that manage the index and the files, once per language (see <see cref="UiText"/>).</summary>
public sealed partial record ManageText
{
    public required string IndexHeading { get; init; }
}

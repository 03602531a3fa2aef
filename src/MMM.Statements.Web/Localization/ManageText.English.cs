namespace MMM.Statements.Web.Localization;

public sealed partial record ManageText
{
    public static ManageText English { get; } = new()
    {
        IndexHeading = "Search index",
    };
}

namespace MMM.Statements.Web.Localization;

public sealed partial record ManageText
{
    public static ManageText French { get; } = new()
    {
        IndexHeading = "Index de recherche",
    };
}

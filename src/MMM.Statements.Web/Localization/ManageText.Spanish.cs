namespace MMM.Statements.Web.Localization;

public sealed partial record ManageText
{
    public static ManageText Spanish { get; } = new()
    {
        IndexHeading = "Índice de búsqueda",
    };
}

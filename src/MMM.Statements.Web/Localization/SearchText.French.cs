namespace MMM.Statements.Web.Localization;

public sealed partial record SearchText
{
    public static SearchText French { get; } = new()
    {
        ResultsHeading = "Résultats",
    };
}

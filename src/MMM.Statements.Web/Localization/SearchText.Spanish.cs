namespace MMM.Statements.Web.Localization;

public sealed partial record SearchText
{
    public static SearchText Spanish { get; } = new()
    {
        ResultsHeading = "Resultados",
    };
}

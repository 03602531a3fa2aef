namespace MMM.Statements.Web.Localization;

public sealed partial record SearchText
{
    public static SearchText English { get; } = new()
    {
        ResultsHeading = "Results",
    };
}

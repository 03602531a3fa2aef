namespace MMM.Statements.Web.Localization;

public sealed partial record AskText
{
    public static AskText English { get; } = new()
    {
        Heading = "What MMM asks for",
        AskNumberFormat = "Ask {0}",
        Permalink = "link to this ask",
        UnitLabel = "Search in",
        UnitStatements = "Statements",
        UnitAsks = "Asks",
        CountOneFormat = "{0} ask found",
        CountFormat = "{0} asks found",
        OfStatementFormat = "Ask {0} of the statement",
        ExportLink = "Export the asks (CSV)",
        SessionAsksLabel = "Its asks",
    };
}

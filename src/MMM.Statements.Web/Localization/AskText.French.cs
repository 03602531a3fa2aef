namespace MMM.Statements.Web.Localization;

public sealed partial record AskText
{
    public static AskText French { get; } = new()
    {
        Heading = "Ce que MMM demande",
        AskNumberFormat = "Demande {0}",
        Permalink = "lien vers cette demande",
        UnitLabel = "Chercher dans",
        UnitStatements = "Déclarations",
        UnitAsks = "Demandes",
        CountOneFormat = "{0} demande trouvée",
        CountFormat = "{0} demandes trouvées",
        OfStatementFormat = "Demande {0} de la déclaration",
        ExportLink = "Exporter les demandes (CSV)",
        SessionAsksLabel = "Ses demandes",
    };
}

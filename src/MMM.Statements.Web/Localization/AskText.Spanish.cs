namespace MMM.Statements.Web.Localization;

public sealed partial record AskText
{
    public static AskText Spanish { get; } = new()
    {
        Heading = "Lo que MMM pide",
        AskNumberFormat = "Petición {0}",
        Permalink = "enlace a esta petición",
        UnitLabel = "Buscar en",
        UnitStatements = "Declaraciones",
        UnitAsks = "Peticiones",
        CountOneFormat = "{0} petición encontrada",
        CountFormat = "{0} peticiones encontradas",
        OfStatementFormat = "Petición {0} de la declaración",
        ExportLink = "Exportar las peticiones (CSV)",
        SessionAsksLabel = "Sus peticiones",
    };
}

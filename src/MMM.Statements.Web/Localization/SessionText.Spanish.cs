namespace MMM.Statements.Web.Localization;

public sealed partial record SessionText
{
    public static SessionText Spanish { get; } = new()
    {
        ListTitle = "Los períodos de sesiones de la ONU",
        ListIntro = "Los períodos de sesiones de los órganos de las Naciones Unidas en los que interviene Make Mothers Matter, de los más recientes a los más antiguos, con el número de declaraciones indexadas de cada uno.",
        OtherSessionsHeading = "Otros períodos de sesiones",
        ItemCountOneFormat = "{0} declaración",
        ItemCountFormat = "{0} declaraciones",
        NoItemsShort = "ninguna declaración indexada",
        DatesLabel = "Fechas",
        PlaceLabel = "Lugar",
        PriorityThemeLabel = "Tema prioritario",
        ReviewThemeLabel = "Tema de examen",
        ThemeSourceLink = "fuente",
        DateRangeFormat = "del {0} al {1}",
        MonthFormat = "MMMM 'de' yyyy",
        ItemsHeading = "Make Mothers Matter en este período de sesiones",
        NoStatements = "MMM no tiene ninguna declaración indexada para este período de sesiones.",
        NeighboursLabel = "Períodos de sesiones anterior y siguiente",
        PreviousSession = "Período de sesiones anterior",
        NextSession = "Período de sesiones siguiente",
        SearchThisSession = "Buscar en las declaraciones de este período de sesiones",
        AllSessions = "Todos los períodos de sesiones",
        SessionPage = "página del período de sesiones",
        SessionPageFormat = "Página del período de sesiones {0}",
    };
}

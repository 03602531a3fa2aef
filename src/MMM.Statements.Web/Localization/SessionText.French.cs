namespace MMM.Statements.Web.Localization;

public sealed partial record SessionText
{
    public static SessionText French { get; } = new()
    {
        ListTitle = "Les sessions de l’ONU",
        ListIntro = "Les sessions des organes des Nations unies où Make Mothers Matter intervient, des plus récentes aux plus anciennes, avec le nombre de déclarations indexées pour chacune.",
        OtherSessionsHeading = "Autres sessions",
        ItemCountOneFormat = "{0} déclaration",
        ItemCountFormat = "{0} déclarations",
        NoItemsShort = "aucune déclaration indexée",
        DatesLabel = "Dates",
        PlaceLabel = "Lieu",
        PriorityThemeLabel = "Thème prioritaire",
        ReviewThemeLabel = "Thème de l’examen",
        ThemeSourceLink = "source",
        DateRangeFormat = "du {0} au {1}",
        MonthFormat = "MMMM yyyy",
        ItemsHeading = "Make Mothers Matter à cette session",
        NoStatements = "MMM n’a pas de déclaration indexée pour cette session.",
        NeighboursLabel = "Sessions précédente et suivante",
        PreviousSession = "Session précédente",
        NextSession = "Session suivante",
        SearchThisSession = "Chercher dans les déclarations de cette session",
        AllSessions = "Toutes les sessions",
        SessionPage = "page de la session",
        SessionPageFormat = "Page de la session {0}",
    };
}

namespace MMM.Statements.Web.Localization;

public sealed partial record SessionText
{
    public static SessionText English { get; } = new()
    {
        ListTitle = "UN sessions",
        ListIntro = "The sessions of United Nations bodies where Make Mothers Matter speaks, newest first, with the number of statements indexed for each.",
        OtherSessionsHeading = "Other sessions",
        ItemCountOneFormat = "{0} statement",
        ItemCountFormat = "{0} statements",
        NoItemsShort = "no statement indexed",
        DatesLabel = "Dates",
        PlaceLabel = "Place",
        PriorityThemeLabel = "Priority theme",
        ReviewThemeLabel = "Review theme",
        ThemeSourceLink = "source",
        DateRangeFormat = "{0} to {1}",
        MonthFormat = "MMMM yyyy",
        ItemsHeading = "Make Mothers Matter at this session",
        NoStatements = "MMM has no statement indexed for this session.",
        NeighboursLabel = "Previous and next sessions",
        PreviousSession = "Previous session",
        NextSession = "Next session",
        SearchThisSession = "Search the statements of this session",
        AllSessions = "All sessions",
        SessionPage = "session page",
        SessionPageFormat = "Page of session {0}",
    };
}

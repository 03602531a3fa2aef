namespace MMM.Statements.Web.Localization;

/// <summary>Strings of the session pages (<c>/sessions</c>, <c>/sessions/{session}</c>), once per language (see <see cref="UiText"/>).</summary>
public sealed partial record SessionText
{
    public required string ListTitle { get; init; }
    public required string ListIntro { get; init; }
    public required string OtherSessionsHeading { get; init; }
    public required string ItemCountOneFormat { get; init; }
    public required string ItemCountFormat { get; init; }
    public required string NoItemsShort { get; init; }
    public required string DatesLabel { get; init; }
    public required string PlaceLabel { get; init; }
    public required string PriorityThemeLabel { get; init; }
    public required string ReviewThemeLabel { get; init; }
    public required string ThemeSourceLink { get; init; }

    /// <summary>A session over several days: "du {0} au {1}".</summary>
    public required string DateRangeFormat { get; init; }

    /// <summary>A .NET date format for a session known only by its month ("MMMM yyyy").</summary>
    public required string MonthFormat { get; init; }
    public required string ItemsHeading { get; init; }
    public required string NoStatements { get; init; }
    public required string NeighboursLabel { get; init; }
    public required string PreviousSession { get; init; }
    public required string NextSession { get; init; }
    public required string SearchThisSession { get; init; }
    public required string AllSessions { get; init; }

    /// <summary>The link beside a session (statement page, facet value): "page de la session".</summary>
    public required string SessionPage { get; init; }

    /// <summary>Its name for screen readers where the session is not said beside it: "Page de la session {0}".</summary>
    public required string SessionPageFormat { get; init; }
}

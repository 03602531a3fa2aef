namespace MMM.Statements.Web.Localization;

/// <summary>
/// Strings of what MMM asks governments to do: the statement page's list of asks, the search page's switch between
/// statements and asks, the session page's asks under each statement; once per language (see <see cref="UiText"/>).
/// </summary>
public sealed partial record AskText
{
    /// <summary>The statement page's section: "Ce que MMM demande".</summary>
    public required string Heading { get; init; }

    /// <summary>An ask's own name, for its permalink and screen readers: "Demande {0}".</summary>
    public required string AskNumberFormat { get; init; }

    /// <summary>The permalink beside an ask: "lien vers cette demande".</summary>
    public required string Permalink { get; init; }

    /// <summary>The search page's switch between the two kinds of hits.</summary>
    public required string UnitLabel { get; init; }
    public required string UnitStatements { get; init; }
    public required string UnitAsks { get; init; }

    /// <summary>The count above a list of asks: "{0} demandes trouvées".</summary>
    public required string CountOneFormat { get; init; }
    public required string CountFormat { get; init; }

    /// <summary>An ask hit's line: "Demande {0} de la déclaration".</summary>
    public required string OfStatementFormat { get; init; }

    /// <summary>The export link under a list of asks.</summary>
    public required string ExportLink { get; init; }

    /// <summary>The session page's list under a statement: "Ses demandes".</summary>
    public required string SessionAsksLabel { get; init; }
}

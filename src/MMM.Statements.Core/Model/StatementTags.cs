namespace MMM.Statements.Model;

/// <summary>What the tagger decided about one statement. Facet values are the taxonomy's ids.</summary>
public sealed record StatementTags
{
    public string Title { get; init; } = "";
    public DateOnly? Date { get; init; }
    public int? Year { get; init; }

    /// <summary>ISO 639-1: fr, en or es.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>Body code from the taxonomy (CSocD, CSW, HRC, HLPF, CPD, ECOSOC, UNGA, FfD4, EU, other), or null.</summary>
    public string? Body { get; init; }

    public UnSession? Session { get; init; }

    /// <summary>The statement's own UN symbol, normalised (upper case, no spaces), or null.</summary>
    public string? Symbol { get; init; }

    public IReadOnlyList<string> CitedSymbols { get; init; } = [];

    /// <summary>Document type id from the taxonomy (oral-statement, written-statement, joint-statement, side-event, submission, news, press-release, report).</summary>
    public string? Type { get; init; }

    /// <summary>Location id from the taxonomy (new-york, geneva, brussels, …), or null.</summary>
    public string? Location { get; init; }

    /// <summary>Topic ids from the taxonomy (unpaid-care, digital, …).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The organisations that signed with MMM: partner ids of the taxonomy, or names as the statement writes them.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>What the statement asks governments to do, in reading order (see <c>statements/asks.json</c>).</summary>
    public IReadOnlyList<StatementAsk> Asks { get; init; } = [];
}

namespace MMM.Statements.Search.Querying;

/// <summary>The parsed form of a Lucene-classic query. Text never leaves this tree unquoted.</summary>
public abstract record QueryNode;

/// <summary>All of the children must match; <see cref="Excluded"/> must not.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children, IReadOnlyList<QueryNode> Excluded) : QueryNode;

/// <summary>Any of the children matches.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>A single word (analysed like the indexed text), in a field or in every text field when Field is null.</summary>
public sealed record TermNode(string? Field, string Text) : QueryNode;

/// <summary>Words that must appear in this order.</summary>
public sealed record PhraseNode(string? Field, string Text) : QueryNode;

/// <summary>A word prefix (<c>numéri*</c>), folded but not stemmed.</summary>
public sealed record PrefixNode(string? Field, string Text) : QueryNode;

/// <summary>A word with spelling tolerance (<c>rémunération~</c>).</summary>
public sealed record FuzzyNode(string? Field, string Text, int MaxEdits) : QueryNode;

/// <summary>An inclusive range on a numeric field (<c>year:[2020 TO 2024]</c>); null bounds are open.</summary>
public sealed record RangeNode(string Field, int? From, int? To) : QueryNode;

/// <summary>Field names a query may use.</summary>
public static class QueryFields
{
    public const string Title = "title";
    public const string Text = "text";
    public const string Symbol = "symbol";
    public const string Cites = "cites";

    /// <summary>Fields searched as text through FTS5.</summary>
    public static readonly IReadOnlySet<string> TextFields = new HashSet<string>(StringComparer.Ordinal) { Title, Text };

    /// <summary>Fields matched exactly against stored values.</summary>
    public static readonly IReadOnlySet<string> ExactFields = new HashSet<string>(StringComparer.Ordinal)
    {
        FacetNames.Body, FacetNames.Session, FacetNames.Topic, FacetNames.Type, FacetNames.Language,
        FacetNames.Year, FacetNames.Location, Symbol, Cites,
    };

    public static bool IsKnown(string field) => TextFields.Contains(field) || ExactFields.Contains(field);
}

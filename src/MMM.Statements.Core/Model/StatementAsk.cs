namespace MMM.Statements.Model;

/// <summary>
/// One thing a statement asks governments (or a UN body) to do: a sentence such as "MMM appelle les États membres à…",
/// or one item of the list such a sentence or a "Nos recommandations" heading introduces.
/// </summary>
/// <param name="Number">1-based, in reading order: the statement page's anchor <c>#ask-N</c>.</param>
/// <param name="Text">The sentence, or the item's text without its bullet.</param>
/// <param name="Page">The page it starts on (HTML: 1; a statement of several files numbers its pages one after another).</param>
/// <param name="Paragraph">The 1-based paragraph of that page it starts in.</param>
/// <param name="LeadIn">The sentence or heading that introduced the list it belongs to, or null for a sentence of its own.</param>
/// <param name="Topics">The taxonomy's topics the ask itself names.</param>
public sealed record StatementAsk(int Number, string Text, int Page, int Paragraph, string? LeadIn, IReadOnlyList<string> Topics);

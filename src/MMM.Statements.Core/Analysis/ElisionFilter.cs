namespace MMM.Statements.Analysis;

/// <summary>
/// Step 3 (French): strips an elided article or pronoun before an apostrophe — <c>l'</c>, <c>qu'</c>,
/// <c>jusqu'</c>… — so that <c>l’enfance</c> and <c>enfance</c> meet. The apostrophe look-alikes
/// (<c>’</c>, <c>´</c>) were already unified by the <see cref="Normalizer"/>.
/// </summary>
internal static class ElisionFilter
{
    /// <summary>The 13 articles of Lucene's French elision list.</summary>
    public static readonly IReadOnlyList<string> Articles =
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"];

    private static readonly HashSet<string> ArticleSet = new(Articles, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ArticleSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word without its elided article (the word itself when it has none).</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOf('\'');
        return apostrophe > 0 && apostrophe < word.Length - 1 && Lookup.Contains(word[..apostrophe])
            ? word[(apostrophe + 1)..]
            : word;
    }
}

using System.Text.RegularExpressions;

namespace MMM.Statements.Extraction;

/// <summary>
/// Keeps running headers and footers out of the body text: page numbers at the top or bottom of a page, and lines
/// near the top or bottom that repeat on most pages (the document symbol, the organisation's name), digits aside.
/// The first page keeps its repeated lines, so the symbol in a UN masthead stays in its text.
/// </summary>
public static partial class RunningHeaderFilter
{
    // How many lines at each edge of a page may be a header or footer.
    private const int EdgeLines = 3;

    public static IReadOnlyList<string> Filter(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var split = pages.Select(p => p.Split('\n')).ToArray();
        var repeated = RepeatedEdgeLines(split);
        var result = new List<string>(split.Length);
        for (var page = 0; page < split.Length; page++)
        {
            var lines = split[page];
            var edges = EdgeIndexes(lines);
            var kept = new List<string>(lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                if (edges.Contains(i) && (PageNumber().IsMatch(lines[i]) || (page > 0 && repeated.Contains(Key(lines[i])))))
                {
                    continue;
                }
                kept.Add(lines[i]);
            }
            result.Add(string.Join('\n', kept).Trim('\n', ' '));
        }
        return result;
    }

    private static HashSet<string> RepeatedEdgeLines(string[][] pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lines in pages)
        {
            foreach (var key in EdgeIndexes(lines).Select(i => Key(lines[i])).Where(k => k.Length > 0).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        // On a two-page document, a line seen on both pages; otherwise on at least half the pages, and never fewer than 3.
        var threshold = pages.Length <= 2 ? 2 : Math.Max(3, (pages.Length + 1) / 2);
        return counts.Where(kv => kv.Value >= threshold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Indexes of the first and last few non-blank lines.</summary>
    private static HashSet<int> EdgeIndexes(string[] lines)
    {
        var nonBlank = Enumerable.Range(0, lines.Length).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
        return nonBlank.Take(EdgeLines).Concat(nonBlank.TakeLast(EdgeLines)).ToHashSet();
    }

    // Page numbers vary from page to page; compare the rest of the line.
    private static string Key(string line) => Digits().Replace(line.Trim(), "#");

    [GeneratedRegex(@"^\s*(?:(?:page|p\.|página|pagina)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:/|sur|of|de)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

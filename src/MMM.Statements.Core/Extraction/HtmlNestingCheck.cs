using System.Text.RegularExpressions;

namespace MMM.Statements.Extraction;

/// <summary>
/// Estimates how deeply a page nests its elements with a cheap tag scan, before any parsing: AngleSharp can
/// overflow the stack on very deep input, and .NET cannot catch a stack overflow.
/// </summary>
public static partial class HtmlNestingCheck
{
    // Elements that never hold children, or that the parser closes by itself when a sibling starts.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rp", "rt", "colgroup", "caption",
        "html", "head", "body",
    };

    /// <summary>The deepest nesting seen (an over-estimate where closing tags are missing).</summary>
    public static int MaxDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var max = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (NotNesting.Contains(name) || tag.Groups["self"].Success)
            {
                continue;
            }
            if (tag.Groups["close"].Success)
            {
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                depth++;
                max = Math.Max(max, depth);
            }
        }
        return max;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9\-]*)[^<>]*?(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

using System.Text;
using System.Text.RegularExpressions;
using MMM.Statements.Text;

namespace MMM.Statements.Extraction;

/// <summary>
/// Character-level clean-up shared by PDF and HTML text: compatibility forms (ligatures, NBSP) folded by NFKC,
/// soft hyphens and zero-width characters dropped, and words hyphenated across a line end joined again.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A soft hyphen followed by a line break is a typographic break: the word continues on the next line.
        // Real French pages use the acute accent as an apostrophe; NFKC would split it into a space and a combining mark.
        // Control and bidi characters go first, without a space in their place (they sit inside words, and one breaks a feed).
        var s = SoftHyphenBreak().Replace(UnsafeCharacters.CleanText(text), "").Replace('\u00B4', '\u2019');
        s = s.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return JoinHyphenatedWords(sb.ToString());
    }

    /// <summary>
    /// Joins <c>dévelop-\npement</c> into <c>développement</c>: a letter, a hyphen at the end of a line and a lower-case
    /// letter starting the next. A capitalised continuation (<c>Nord-\nSud</c>) keeps its hyphen.
    /// </summary>
    public static string JoinHyphenatedWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LineEndHyphen().Replace(text, "$1$2");
    }

    [GeneratedRegex(@"\u00AD[ \t]*\r?\n[ \t]*")]
    private static partial Regex SoftHyphenBreak();

    [GeneratedRegex(@"(\p{L})[-\u2010][ \t]*\n[ \t]*(\p{Ll})")]
    private static partial Regex LineEndHyphen();
}

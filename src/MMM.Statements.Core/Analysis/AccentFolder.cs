using System.Globalization;
using System.Text;

namespace MMM.Statements.Analysis;

/// <summary>
/// Step 7, after stemming: accents and ligatures folded to plain letters (<c>é</c> → <c>e</c>, <c>œ</c> → <c>oe</c>,
/// <c>ß</c> → <c>ss</c>), so that <c>événement</c> and <c>evenement</c> meet. Folding after the stemmer keeps the
/// stemmer's accent rules intact.
/// </summary>
internal static class AccentFolder
{
    private const int TableSize = 0x250; // Latin-1 Supplement and Latin Extended-A/B

    private static readonly string?[] Table = BuildTable();

    public static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }
        return false;
    }

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsFolding(text) ? FoldSlow(text) : text;
    }

    public static string Fold(ReadOnlySpan<char> text) => NeedsFolding(text) ? FoldSlow(text) : new string(text);

    private static string FoldSlow(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                sb.Append(c);
            }
            else if (c < TableSize && Table[c] is { } folded)
            {
                sb.Append(folded);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        for (var c = 0x80; c < TableSize; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(d);
                }
            }
            var folded = sb.ToString();
            if (folded.Length > 0 && folded != ((char)c).ToString())
            {
                table[c] = folded;
            }
        }
        // Letters that do not decompose.
        table['œ'] = "oe";
        table['Œ'] = "OE";
        table['æ'] = "ae";
        table['Æ'] = "AE";
        table['ß'] = "ss";
        table['ø'] = "o";
        table['Ø'] = "O";
        table['đ'] = "d";
        table['Đ'] = "D";
        table['ł'] = "l";
        table['Ł'] = "L";
        table['ð'] = "d";
        table['þ'] = "th";
        table['ı'] = "i";
        return table;
    }
}

using System.Globalization;
using System.Text;

namespace MMM.Statements.Tagging;

/// <summary>
/// The comparison form used for cue phrases and session mentions: compatibility-decomposed (so <c>º</c> reads
/// <c>o</c> and ligatures split), accents and case removed, every run of non-alphanumerics one space.
/// Soft hyphens and other format characters vanish, so a word broken by one still matches.
/// </summary>
internal static class Folding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length + 2);
        sb.Append(' ');
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        if (!lastWasSpace)
        {
            sb.Append(' ');
        }
        // Padded with one space at each end so " phrase " finds whole words only.
        return sb.ToString();
    }

    /// <summary>The folded phrase without padding, for building patterns.</summary>
    public static string FoldPhrase(string phrase) => Fold(phrase).Trim();

    /// <summary>How many times the whole-word phrase occurs in padded folded text.</summary>
    public static int Count(string foldedText, string foldedPhrase)
    {
        if (foldedPhrase.Length == 0)
        {
            return 0;
        }
        var needle = " " + foldedPhrase + " ";
        var count = 0;
        var index = foldedText.IndexOf(needle, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = foldedText.IndexOf(needle, index + needle.Length - 1, StringComparison.Ordinal);
        }
        return count;
    }

    /// <summary>Index of the first whole-word occurrence, or -1.</summary>
    public static int IndexOf(string foldedText, string foldedPhrase) =>
        foldedPhrase.Length == 0 ? -1 : foldedText.IndexOf(" " + foldedPhrase + " ", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;

namespace MMM.Statements.Analysis;

/// <summary>A word found by the <see cref="Tokenizer"/>: its span in the normalised text.</summary>
internal readonly record struct TokenSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Step 2: words are runs of Unicode letters, digits and combining marks; an apostrophe between two letters stays
/// inside the word (for the elision step), every other character separates words — so <c>peut-être</c> gives
/// <c>peut</c> and <c>être</c>, and <c>E/CN.6/2024/NGO/108</c> gives its parts (the whole symbol goes to the exact
/// symbol field through <see cref="TextAnalyzer.FindSymbols"/>).
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longer "words" are extraction debris (base64, glued tables): dropped.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>The next word at or after <paramref name="from"/>, or null at the end of the text.</summary>
    public static TokenSpan? Next(ReadOnlySpan<char> text, ref int from)
    {
        var i = from;
        var n = text.Length;
        while (true)
        {
            // A word starts with a letter or digit, never with a stray combining mark.
            while (i < n && (!IsWordChar(text, i) || IsMark(text[i])))
            {
                i++;
            }
            if (i >= n)
            {
                from = n;
                return null;
            }
            var start = i;
            while (i < n)
            {
                if (IsWordChar(text, i))
                {
                    i += char.IsHighSurrogate(text[i]) ? 2 : 1;
                }
                else if (text[i] == '\'' && i + 1 < n && IsWordChar(text, i + 1) && char.IsLetter(text[i - 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            from = i;
            if (i - start <= MaxTokenLength)
            {
                return new TokenSpan(start, i - start);
            }
        }
    }

    private static bool IsMark(char c) =>
        c >= 0x300 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && Rune.TryCreate(c, text[i + 1], out var rune) && Rune.IsLetterOrDigit(rune);
        }
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }
}

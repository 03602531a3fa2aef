using System.Text;

namespace MMM.Statements.Text;

/// <summary>
/// Control and bidirectional-formatting characters: what every way into the corpus removes (extracted text, sidecars,
/// upload names, staff-typed fields) and what every XML writer must never emit. Removal deletes the character without
/// putting a space in its place, so <c>soi\u202Ens</c> stays the one word <c>soins</c>.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>
    /// C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls (U+0080–U+009F): none is
    /// text, XML 1.0 forbids the C0 ones, and U+001B starts terminal escape sequences.
    /// </summary>
    public static bool IsControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// The invisible bidi controls (embeddings, overrides, isolates and marks): U+202E reverses how the rest of a line
    /// is displayed, so <c>fdp.exe</c> can pass for <c>exe.pdf</c>.
    /// </summary>
    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>True when <paramref name="text"/> holds a control, a bidi control, a noncharacter or a lone surrogate.</summary>
    public static bool Contains(string? text)
    {
        if (text is null)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsControl(c) || IsBidiControl(c) || c is '\uFFFE' or '\uFFFF' || IsLoneSurrogate(text, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Text of a page: removes controls, bidi controls and noncharacters, turns a lone surrogate into U+FFFD, and keeps
    /// tabs and line breaks (a form feed or vertical tab becomes a line break).
    /// </summary>
    public static string CleanText(string text) => Clean(text, singleLine: false);

    /// <summary>A one-line value (title, name, label): as <see cref="CleanText"/>, with tabs and line breaks as spaces.</summary>
    public static string CleanLine(string text) => Clean(text, singleLine: true);

    /// <summary>Null stays null; otherwise <see cref="CleanLine"/>.</summary>
    public static string? CleanLineOrNull(string? text) => text is null ? null : CleanLine(text);

    /// <summary>
    /// What an XML 1.0 document may hold: drops the characters <see cref="System.Xml.XmlWriter"/> refuses (C0 controls but
    /// tab and line breaks, lone surrogates, U+FFFE, U+FFFF), so that no stored value can make a feed fail to write.
    /// </summary>
    public static string ForXml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsXmlWork(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && !(c < 0x20 && c is not ('\t' or '\n' or '\r')) && c is not ('\uFFFE' or '\uFFFF'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static string Clean(string text, bool singleLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Contains(text) && !(singleLine && text.AsSpan().IndexOfAny("\t\n\r") >= 0))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r' or '\f' or '\v')
            {
                sb.Append(singleLine ? ' ' : c is '\f' or '\v' ? '\n' : c);
            }
            else if (!IsControl(c) && !IsBidiControl(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool NeedsXmlWork(string text)
    {
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLoneSurrogate(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }
        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}

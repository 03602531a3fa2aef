using System.Text;
using System.Text.RegularExpressions;

namespace MMM.Statements.Extraction;

/// <summary>A page's bytes decoded to text, with a warning when the declared charset could not be honoured.</summary>
/// <param name="Charset">What was wrong with the declared charset, for a message in the reader's language; null when nothing was.</param>
public sealed record DecodedHtml(string Text, Encoding Encoding, string? Warning, CharsetWarning? Charset = null);

/// <summary>
/// A <c>&lt;meta charset&gt;</c> the page could not be read with: an unknown label (read as UTF-8), or a label the bytes
/// contradict (<c>windows-1252</c> declared over valid UTF-8 text, or <c>utf-8</c> over bytes that are not UTF-8),
/// read with the encoding the bytes are in rather than as mojibake.
/// </summary>
public sealed record CharsetWarning(string Declared, string ReadAs, bool UnknownLabel);

/// <summary>
/// Decodes an HTML file the way a browser would, in order: byte-order mark, then the <c>&lt;meta charset&gt;</c>
/// declaration, then detection (valid UTF-8, else windows-1252). Returns null for bytes that are not text.
/// </summary>
public static partial class HtmlDecoder
{
    // A browser looks for the meta charset only near the start of the page.
    private const int PrescanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static HtmlDecoder()
    {
        // windows-1252 and the other legacy code pages are not built into .NET until the provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    public static Encoding Windows1252 { get; }

    public static DecodedHtml? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return AsText(Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8, null);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return AsText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, null);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return AsText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, null);
        }
        // Without a BOM, a NUL byte means binary data or UTF-16 nobody declared: not a page we can read.
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var declared = MetaCharset().Match(head);
        if (declared.Success)
        {
            var label = declared.Groups[1].Value;
            var encoding = FromLabel(label);
            if (encoding is null)
            {
                return AsText(Encoding.UTF8.GetString(bytes), Encoding.UTF8,
                    $"jeu de caractères inconnu « {label} », lu en UTF-8 / unknown charset \"{label}\", read as UTF-8",
                    new CharsetWarning(label, "UTF-8", UnknownLabel: true));
            }
            // A wrong declaration is common (a page saved as UTF-8 by an editor that kept "windows-1252"), and honouring
            // it turns every accent into mojibake (« mÃ¨res ») without a word: the bytes decide, and staff are told.
            var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
            var validUtf8 = IsValidUtf8(bytes);
            if (!isUtf8 && validUtf8 && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
            {
                return AsText(Encoding.UTF8.GetString(bytes), Encoding.UTF8,
                    $"déclaré « {label} » mais écrit en UTF-8, lu en UTF-8 / declared \"{label}\" but written in UTF-8, read as UTF-8",
                    new CharsetWarning(label, "UTF-8", UnknownLabel: false));
            }
            if (isUtf8 && !validUtf8)
            {
                return AsText(Windows1252.GetString(bytes), Windows1252,
                    $"déclaré « {label} » mais pas écrit en UTF-8, lu en windows-1252 / declared \"{label}\" but not written in UTF-8, read as windows-1252",
                    new CharsetWarning(label, "windows-1252", UnknownLabel: false));
            }
            return AsText(encoding.GetString(bytes), encoding, null);
        }
        try
        {
            return AsText(StrictUtf8.GetString(bytes), Encoding.UTF8, null);
        }
        catch (DecoderFallbackException)
        {
            return AsText(Windows1252.GetString(bytes), Windows1252, null);
        }
    }

    /// <summary>The encoding for a charset label, following the WHATWG mapping where it differs from .NET's.</summary>
    internal static Encoding? FromLabel(string label)
    {
        var key = label.Trim().ToLowerInvariant();
        switch (key)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
            // A page that declares UTF-16 in a meta tag was read as bytes to find it, so it is not UTF-16.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252" or "iso_8859-1" or "cp819" or "ibm819":
                return Windows1252;
        }
        try
        {
            return Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static DecodedHtml? AsText(string text, Encoding encoding, string? warning, CharsetWarning? charset = null)
    {
        // Text full of control characters is binary junk, whatever it was named.
        var sample = text.AsSpan(0, Math.Min(text.Length, PrescanBytes));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                controls++;
            }
        }
        return controls > 0 && (text.Contains('\0') || controls * 100 > sample.Length) ? null : new DecodedHtml(text, encoding, warning, charset);
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}

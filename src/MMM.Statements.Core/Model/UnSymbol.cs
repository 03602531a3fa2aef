using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace MMM.Statements.Model;

/// <summary>
/// UN document symbols (<c>E/CN.6/2024/NGO/108</c>, <c>A/HRC/55/NGO/12</c>, <c>A/RES/70/1</c>), found tolerantly in
/// text (spaces or a line break around slashes, lower case) and normalised to upper case without spaces.
/// </summary>
public static partial class UnSymbol
{
    /// <summary>Finds every symbol in <paramref name="text"/>, normalised, in order of first appearance, without duplicates.</summary>
    public static IReadOnlyList<string> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (Match match in Pattern().Matches(text))
        {
            var symbol = Normalize(match.Value);
            if (symbol is not null && !found.Contains(symbol))
            {
                found.Add(symbol);
            }
        }
        return found;
    }

    /// <summary>True when the whole of <paramref name="text"/> is one symbol; <paramref name="symbol"/> is its normal form.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return false;
        }
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Length != text.Trim().Length)
        {
            return false;
        }
        symbol = Normalize(match.Value);
        return symbol is not null;
    }

    /// <summary>Upper case, no white space, trailing punctuation removed; null when it is not a plausible symbol.</summary>
    public static string? Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00AD')
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        var s = sb.ToString().TrimEnd('.', ',', ';', ':', ')', '-');
        // Variant suffixes keep their customary case: /Rev.1, /Add.1, /Corr.1.
        s = VariantSuffix().Replace(s, m => "/" + char.ToUpperInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..].ToLowerInvariant() + "." + m.Groups[2].Value);
        // Every real symbol has a purely numeric part (a year, a session or a serial number).
        return s.Count(c => c == '/') >= 2 && s.Split('/').Any(part => part.Length > 0 && part.All(char.IsAsciiDigit)) ? s : null;
    }

    /// <summary>The symbol without its <c>/Rev.N</c>, <c>/Add.N</c> or <c>/Corr.N</c> variant suffixes.</summary>
    public static string BaseSymbol(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return VariantSuffix().Replace(normalized, "");
    }

    // A series symbol starts with a principal organ or treaty body, then two or more slash-separated parts.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])(?:A|E|S|ST|DP|TD|UNEP|CEDAW|CRC|CCPR|CERD|CAT|CRPD|CESCR|CMW|ICEF)(?:[ \t]*\r?\n?[ \t]*/[ \t]*\r?\n?[ \t]*[A-Z0-9][A-Z0-9.\-]*(?<!\.)){2,}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"/(REV|ADD|CORR)\.(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VariantSuffix();
}

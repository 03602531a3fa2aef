using System.Globalization;
using System.Text.RegularExpressions;
using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>
/// Reads the masthead at the top of a UN document's first page: its own symbol (on a line of its own, before the
/// title), the <c>Distr.</c> line, the issue date and the <c>Original:</c> language, in English, French or Spanish.
/// </summary>
public static partial class UnMastheadParser
{
    // The masthead is always in the first lines of the page; the title and body come after.
    private const int MastheadLines = 40;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6,
        ["julio"] = 7, ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
    };

    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["anglais"] = "en", ["inglés"] = "en", ["ingles"] = "en",
        ["french"] = "fr", ["français"] = "fr", ["francais"] = "fr", ["francés"] = "fr", ["frances"] = "fr",
        ["spanish"] = "es", ["espagnol"] = "es", ["español"] = "es", ["espanol"] = "es",
        ["arabic"] = "ar", ["arabe"] = "ar", ["árabe"] = "ar",
        ["russian"] = "ru", ["russe"] = "ru", ["ruso"] = "ru",
        ["chinese"] = "zh", ["chinois"] = "zh", ["chino"] = "zh",
    };

    /// <summary>The masthead, or null when the page has neither a symbol line nor a <c>Distr.</c> line.</summary>
    public static UnMasthead? Parse(string firstPageText)
    {
        ArgumentNullException.ThrowIfNull(firstPageText);
        var lines = firstPageText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(MastheadLines).ToArray();

        string? symbol = null;
        string? distribution = null;
        DateOnly? date = null;
        string? original = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (symbol is null && UnitedNationsThenSymbol().Match(line) is { Success: true } named && UnSymbol.TryParse(named.Groups[1].Value, out var own))
            {
                // PdfPig's content order keeps the masthead's left and right cells on one line: "Nations Unies A/HRC/…".
                symbol = own;
                continue;
            }
            if (symbol is null && (UnSymbol.TryParse(line, out var found) || UnSymbol.TryParse(line.Split(' ')[0], out found)))
            {
                // On its own line, or first on a line pdftotext merged with its neighbour ("A/HRC/55/NGO/12 Distr.: General").
                symbol = found;
                if (found.Length >= line.Replace(" ", "").Length)
                {
                    continue;
                }
                line = line[(line.IndexOf(' ') + 1)..].Trim();
            }
            if (distribution is null && Distr().Match(line) is { Success: true } distr)
            {
                var rest = distr.Groups[1].Value.Trim(' ', ':', '.');
                distribution = rest.Length > 0 ? rest
                    : i + 1 < lines.Length && lines[i + 1].All(char.IsLetter) ? lines[i + 1] : null;
                continue;
            }
            if (original is null && Original().Match(line) is { Success: true } orig
                && Languages.TryGetValue(orig.Groups[1].Value, out var code))
            {
                original = code;
                continue;
            }
            date ??= ParseDateLine(line);
        }
        return symbol is null && distribution is null ? null : new UnMasthead(symbol, distribution, date, original);
    }

    /// <summary><c>12 December 2023</c>, <c>12 décembre 2023</c>, <c>12 de diciembre de 2023</c> or <c>December 12, 2023</c> as a whole line.</summary>
    internal static DateOnly? ParseDateLine(string line)
    {
        var m = DayMonthYear().Match(line);
        if (m.Success && Months.TryGetValue(m.Groups["month"].Value, out var month))
        {
            return MakeDate(m.Groups["year"].Value, month, m.Groups["day"].Value);
        }
        m = MonthDayYear().Match(line);
        if (m.Success && Months.TryGetValue(m.Groups["month"].Value, out month))
        {
            return MakeDate(m.Groups["year"].Value, month, m.Groups["day"].Value);
        }
        return null;
    }

    private static DateOnly? MakeDate(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    // Anywhere after a space too: PdfPig's content order can put "Distr. générale" at the end of the organ's line.
    [GeneratedRegex(@"(?:^|\s)Distr\s*\.\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Distr();

    [GeneratedRegex(@"^(?:Nations\s+Unies|United\s+Nations|Naciones\s+Unidas)\s+(\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitedNationsThenSymbol();

    [GeneratedRegex(@"(?:^|\s)Original\s*:\s*(\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Original();

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which int.Parse rejects with an exception.
    [GeneratedRegex(@"^(?<day>[0-9]{1,2})(?:er|º|°)?\s+(?:de\s+)?(?<month>\p{L}+)\s+(?:de\s+)?(?<year>(?:19|20)[0-9][0-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<month>\p{L}+)\s+(?<day>[0-9]{1,2}),\s*(?<year>(?:19|20)[0-9][0-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();
}

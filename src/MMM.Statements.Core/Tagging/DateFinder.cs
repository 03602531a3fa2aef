using System.Globalization;
using System.Text.RegularExpressions;

namespace MMM.Statements.Tagging;

/// <summary>
/// Finds the first date written in a short text: MMM's news form <c>19.02.21</c> (<c>dd.mm.yy</c>), numeric
/// <c>19/02/2021</c>, ISO <c>2021-02-19</c>, and dates in words in French, English and Spanish
/// (<c>19 février 2021</c>, <c>19 February 2021</c>, <c>February 19, 2021</c>, <c>19 de febrero de 2021</c>).
/// </summary>
internal static partial class DateFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["decembre"] = 12,
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
    };

    public static DateOnly? Find(string text)
    {
        var folded = Folding.Fold(text);
        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        foreach (Match m in Numeric().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            var date = Make(year, m.Groups["m"].Value, m.Groups["d"].Value);
            if (date is not null && m.Index < best.Index)
            {
                best = (m.Index, date);
            }
            if (date is not null)
            {
                break;
            }
        }
        var iso = Iso().Match(text);
        if (iso.Success && iso.Index < best.Index && Make(int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), iso.Groups["m"].Value, iso.Groups["d"].Value) is { } isoDate)
        {
            best = (iso.Index, isoDate);
        }
        // Positions in the folded text differ from the raw text, so words are compared by their share of the way in.
        var scale = text.Length / (double)Math.Max(1, folded.Length);
        foreach (Match m in Words().Matches(folded))
        {
            if (!Months.TryGetValue(m.Groups["month"].Value, out var month))
            {
                continue;
            }
            var day = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
            var date = Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month.ToString(CultureInfo.InvariantCulture), day);
            if (date is not null)
            {
                if (m.Index * scale < best.Index)
                {
                    best = ((int)(m.Index * scale), date);
                }
                break;
            }
        }
        return best.Date;
    }

    private static DateOnly? Make(int year, string month, string day)
    {
        if (year is < 1946 or > 2100 || !int.TryParse(month, CultureInfo.InvariantCulture, out var m) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, d) : null;
    }

    [GeneratedRegex(@"(?<![0-9./])(?<d>[0-9]{1,2})[./](?<m>[0-9]{1,2})[./](?<y>[0-9]{4}|[0-9]{2})(?![0-9./])", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@" (?:(?<d1>[0-9]{1,2})(?: ?(?:er|st|nd|rd|th))? (?:de )?(?<month>[a-z]+)|(?<month>[a-z]+) (?<d2>[0-9]{1,2})(?: ?(?:st|nd|rd|th))?) (?:de )?(?<y>[0-9]{4}) ", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}

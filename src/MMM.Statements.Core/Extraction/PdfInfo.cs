using System.Globalization;

namespace MMM.Statements.Extraction;

/// <summary>The metadata <c>pdfinfo</c> reports for a PDF.</summary>
public sealed record PdfInfo(string? Title, string? Author, DateOnly? CreationDate, int? Pages, bool Encrypted)
{
    /// <summary>Parses <c>pdfinfo -isodates -enc UTF-8</c> output (<c>Key: value</c> lines).</summary>
    public static PdfInfo Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        return new PdfInfo(
            NonEmpty(fields.GetValueOrDefault("Title")),
            NonEmpty(fields.GetValueOrDefault("Author")),
            ParseIsoDate(fields.GetValueOrDefault("CreationDate")),
            int.TryParse(fields.GetValueOrDefault("Pages"), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) ? pages : null,
            fields.GetValueOrDefault("Encrypted")?.StartsWith("yes", StringComparison.OrdinalIgnoreCase) == true);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateOnly? ParseIsoDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}

using System.Globalization;
using System.Text;
using MMM.Statements.Model;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Text;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Api;

/// <summary>How to cite one statement: a sentence ready to paste (in the UI language), and RIS and BibTeX records.</summary>
public sealed record Citation(string Text, string Title, string? Symbol, int? Year, DateOnly? Date, string TypeLabel, string? Venue, string Url)
{
    public const string Author = "Make Mothers Matter";

    /// <summary>E.g. "Make Mothers Matter, written statement to the 68th session of the Commission on the Status of Women (CSW68), E/CN.6/2024/NGO/108, 2024".</summary>
    public static Citation For(SearchHit hit, Taxonomy taxonomy, SearchText text, string uiLanguage, string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(text);
        var type = hit.Type is null ? text.CitationDefaultType : LowerFirst(taxonomy.Label(FacetNames.Type, hit.Type, uiLanguage));
        // A statement to no known body is cited without one ("other" names nothing a reader could look up).
        var bodyName = hit.Body is null or SiteLabels.OtherBody ? null : taxonomy.Label(FacetNames.Body, hit.Body, uiLanguage);
        string? venue = null;
        if (bodyName is not null && hit.Session is not null && UnSession.TryParse(hit.Session, out var session))
        {
            venue = string.Format(CultureInfo.InvariantCulture, text.CitationSessionFormat, Ordinal(session.Value.Number, uiLanguage), OfThe(bodyName, uiLanguage), hit.Session);
        }
        var parts = new List<string> { Author, venue is null ? type : type + " " + venue };
        if (venue is null)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, text.QuotedFormat, hit.Title));
            if (bodyName is not null)
            {
                parts.Add(bodyName);
            }
        }
        var symbol = hit.Symbols.FirstOrDefault();
        if (symbol is not null)
        {
            parts.Add(symbol);
        }
        if (hit.Year is { } year)
        {
            parts.Add(year.ToString(CultureInfo.InvariantCulture));
        }
        var sentence = string.Join(", ", parts);
        if (uiLanguage != "fr")
        {
            sentence = sentence.Replace("« ", "\u201C", StringComparison.Ordinal).Replace(" »", "\u201D", StringComparison.Ordinal);
        }
        return new Citation(sentence, hit.Title, symbol, hit.Year, hit.Date, type, venue, absoluteUrl);
    }

    /// <summary>A RIS record (Zotero, EndNote, Mendeley).</summary>
    public string ToRis()
    {
        var ris = new StringBuilder();
        void Line(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                ris.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
            }
        }
        Line("TY", "GEN");
        Line("AU", Author);
        Line("TI", Title);
        Line("PY", Year?.ToString(CultureInfo.InvariantCulture));
        Line("DA", Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Line("M3", TypeLabel);
        Line("T2", Venue);
        Line("SN", Symbol);
        Line("UR", Url);
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }

    /// <summary>A BibTeX <c>@misc</c> entry; the author is braced so BibTeX keeps it as one corporate name.</summary>
    public string ToBibTex(string key)
    {
        var bib = new StringBuilder();
        bib.Append("@misc{").Append(BibKey(key)).Append(",\n");
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                bib.Append("  ").Append(name).Append(" = {").Append(BibEscape(OneLine(value))).Append("},\n");
            }
        }
        bib.Append("  author = {{").Append(Author).Append("}},\n");
        Field("title", Title);
        Field("howpublished", Venue is null ? TypeLabel : TypeLabel + " " + Venue);
        Field("number", Symbol);
        Field("year", Year?.ToString(CultureInfo.InvariantCulture));
        Field("date", Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        bib.Append("  url = {").Append(Url.Replace("}", "%7D", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal)).Append("},\n");
        bib.Append("}\n");
        return bib.ToString();
    }

    private static string Ordinal(int number, string uiLanguage)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return uiLanguage switch
        {
            "fr" => number == 1 ? "1re" : n + "e",
            "es" => n + ".º",
            _ => n + ((number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
        };
    }

    // "de la Commission", "du Conseil", "de l’Assemblée"; "the Commission"; "de la Comisión", "del Consejo".
    private static string OfThe(string name, string uiLanguage)
    {
        var masculine = name.StartsWith("Conseil", StringComparison.Ordinal) || name.StartsWith("Forum", StringComparison.Ordinal)
            || name.StartsWith("Consejo", StringComparison.Ordinal) || name.StartsWith("Foro", StringComparison.Ordinal);
        return uiLanguage switch
        {
            "fr" when "AEIOUÉÈHaeiouéh".Contains(name[0]) => "de l’" + name,
            "fr" => (masculine ? "du " : "de la ") + name,
            "es" => (masculine ? "del " : "de la ") + name,
            _ => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name : "the " + name,
        };
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // A RIS tag line or a BibTeX field ends at a line break, and a control character has no business in either.
    private static string OneLine(string text) => string.Join(' ', UnsafeCharacters.CleanLine(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string BibKey(string id)
    {
        var key = new string(id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':').ToArray());
        return key.Length == 0 ? "mmm" : "mmm:" + key;
    }

    // Braces, backslashes and the TeX specials would change the meaning of the entry; escape them.
    private static string BibEscape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}

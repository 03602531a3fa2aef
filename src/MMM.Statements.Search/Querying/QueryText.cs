using System.Globalization;
using System.Text;

namespace MMM.Statements.Search.Querying;

/// <summary>What a query's raw text becomes before any parsing.</summary>
public static class QueryText
{
    /// <summary>The most words a query keeps; the rest are dropped with a notice.</summary>
    public const int MaxWords = 32;

    /// <summary>Removes control, bidi, private-use and zero-width characters and normalises to NFC.</summary>
    public static string Sanitize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Lone surrogates first: Normalize throws on them.
        var valid = new StringBuilder(query.Length);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsHighSurrogate(c) && i + 1 < query.Length && char.IsLowSurrogate(query[i + 1]))
            {
                valid.Append(c).Append(query[++i]);
            }
            else
            {
                valid.Append(char.IsSurrogate(c) ? ' ' : c);
            }
        }
        var sb = new StringBuilder(query.Length);
        foreach (var rune in valid.ToString().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned || rune.Value == 0xFFFD)
            {
                sb.Append(' ');
                continue;
            }
            sb.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }
        return sb.ToString();
    }

    /// <summary>True when the query is plain words: no quotes, operators, fields, groups or wildcards.</summary>
    public static bool IsPlainWords(string query) =>
        query.IndexOfAny(['"', ':', '(', ')', '*', '?', '~', '[', ']', '{', '}', '^', '\\']) < 0
        // Inside a word + and - are letters of a name (Beijing+25, Pékin+25, peut-être); in front of one, operators.
        && !query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "AND" or "OR" or "NOT" or "&&" or "||" || w[0] is '-' or '+' or '!');
}

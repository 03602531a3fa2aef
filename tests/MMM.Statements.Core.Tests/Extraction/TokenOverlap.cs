using System.Text.RegularExpressions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>Bag-of-words agreement between an extracted text and a reference text.</summary>
internal static partial class TokenOverlap
{
    /// <summary>Share of the reference's tokens (with multiplicity) found in the extracted text.</summary>
    public static double Recall(string extracted, string reference) => Shared(extracted, reference) / (double)Math.Max(1, Tokens(reference).Count);

    /// <summary>Share of the extracted tokens (with multiplicity) that are in the reference.</summary>
    public static double Precision(string extracted, string reference) => Shared(extracted, reference) / (double)Math.Max(1, Tokens(extracted).Count);

    private static int Shared(string a, string b)
    {
        var counts = Tokens(b).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var token in Tokens(a))
        {
            if (counts.TryGetValue(token, out var n) && n > 0)
            {
                counts[token] = n - 1;
                shared++;
            }
        }
        return shared;
    }

    public static List<string> Tokens(string text) =>
        Word().Matches(text.Normalize(System.Text.NormalizationForm.FormKC)).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

using System.Buffers;
using System.Globalization;
using System.Text;

namespace MMM.Statements.Analysis;

/// <summary>
/// Text after Unicode normalisation, with, for each of its characters, the span of the original text it came from,
/// so that tokens can be highlighted in the text the user sees.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>Original offset where normalised character <paramref name="index"/> starts.</summary>
    public int OriginalStart(int index) => _starts[index];

    /// <summary>Original offset just after normalised character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _ends[index];
}

/// <summary>
/// Step 1 of the chain: NFKC (ligatures such as <c>ﬁ</c>, combining accents composed, full-width forms), every kind
/// of space to a plain space, apostrophe look-alikes (<c>’</c>, <c>´</c>, <c>ʼ</c>) to <c>'</c>, and soft hyphens,
/// zero-width, bidi and control characters removed — text extracted from PDFs carries all of them inside words.
/// </summary>
internal static class Normalizer
{
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var n = original.Length;
        var chars = new StringBuilder(n);
        var starts = new List<int>(n);
        var ends = new List<int>(n);
        Span<char> buffer = stackalloc char[32];
        var i = 0;
        while (i < n)
        {
            var c = original[i];
            var next = i + 1 < n ? original[i + 1] : '\0';
            if (c < 0x80 && next < 0x300)
            {
                // ASCII not followed by a combining mark: the common case, kept as it is.
                if (c >= 0x20 && c != 0x7F)
                {
                    Append(chars, starts, ends, c, i, i + 1);
                }
                else if (c is '\t' or '\n' or '\r' or '\v' or '\f')
                {
                    Append(chars, starts, ends, ' ', i, i + 1);
                }
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                Append(chars, starts, ends, ' ', i, i + 1);
                i++;
                continue;
            }
            if (IsRemoved(c))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c))
            {
                Append(chars, starts, ends, '\'', i, i + 1);
                i++;
                continue;
            }
            // One cluster: a character (or surrogate pair) and the combining marks that follow it.
            var j = i + 1;
            if (char.IsHighSurrogate(c) && j < n && char.IsLowSurrogate(original[j]))
            {
                j++;
            }
            while (j < n && IsCombiningMark(original[j]))
            {
                j++;
            }
            var cluster = original.AsSpan(i, j - i);
            if (cluster.IsNormalized(NormalizationForm.FormKC))
            {
                AppendCluster(chars, starts, ends, cluster, i, j);
            }
            else if (cluster.TryNormalize(buffer, out var written, NormalizationForm.FormKC))
            {
                AppendCluster(chars, starts, ends, buffer[..written], i, j);
            }
            else
            {
                AppendCluster(chars, starts, ends, cluster.ToString().Normalize(NormalizationForm.FormKC), i, j);
            }
            i = j;
        }
        return new NormalizedText(chars.ToString(), [.. starts], [.. ends]);
    }

    private static void AppendCluster(StringBuilder chars, List<int> starts, List<int> ends, ReadOnlySpan<char> text, int start, int end)
    {
        foreach (var c in text)
        {
            // NFKC can itself produce spaces or apostrophes (´ becomes space + combining acute).
            var mapped = IsApostrophe(c) ? '\'' : char.IsWhiteSpace(c) ? ' ' : c;
            if (!IsRemoved(mapped))
            {
                Append(chars, starts, ends, mapped, start, end);
            }
        }
    }

    private static void Append(StringBuilder chars, List<int> starts, List<int> ends, char c, int start, int end)
    {
        chars.Append(c);
        starts.Add(start);
        ends.Add(end);
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u00B4' or '\u02BC' or '\u2018';

    /// <summary>Soft hyphen, zero-width and bidi controls, and control characters that are not line breaks.</summary>
    private static bool IsRemoved(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u061C' or '\u180E' => true,
        '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsControl(c),
    };

    private static bool IsCombiningMark(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

using System.Globalization;
using System.Text;

namespace MMM.Statements.Analysis;

/// <summary>
/// Text after Unicode normalisation, with, for each of its characters, the span of the original text it came from,
/// so that tokens can be highlighted in the text the user sees.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    /// <summary>Null maps mean the text needed no change: every character maps to itself.</summary>
    internal NormalizedText(string text, int[]? starts, int[]? ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>Original offset where normalised character <paramref name="index"/> starts.</summary>
    public int OriginalStart(int index) => _starts is null ? index : _starts[index];

    /// <summary>Original offset just after normalised character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _ends is null ? index + 1 : _ends[index];
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
        if (!NeedsWork(original))
        {
            return new NormalizedText(original, null, null);
        }
        var n = original.Length;
        var output = new Output(n);
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
                    output.Add(c, i, i + 1);
                }
                else if (c is '\t' or '\n' or '\r' or '\v' or '\f')
                {
                    output.Add(' ', i, i + 1);
                }
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                output.Add(' ', i, i + 1);
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
                output.Add('\'', i, i + 1);
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
                output.AddCluster(cluster, i, j);
            }
            else if (cluster.TryNormalize(buffer, out var written, NormalizationForm.FormKC))
            {
                output.AddCluster(buffer[..written], i, j);
            }
            else
            {
                output.AddCluster(cluster.ToString().Normalize(NormalizationForm.FormKC), i, j);
            }
            i = j;
        }
        return output.ToNormalizedText();
    }

    /// <summary>False when the text is already normal: printable ASCII and composed letters only.</summary>
    private static bool NeedsWork(string text)
    {
        var nonAscii = false;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                if (c < 0x20 || c == 0x7F)
                {
                    return true;
                }
            }
            else if (char.IsWhiteSpace(c) || IsRemoved(c) || IsApostrophe(c) || IsCombiningMark(c) || char.IsSurrogate(c))
            {
                return true;
            }
            else
            {
                nonAscii = true;
            }
        }
        return nonAscii && !text.IsNormalized(NormalizationForm.FormKC);
    }

    /// <summary>The growing normalised text and its offset maps.</summary>
    private sealed class Output(int capacity)
    {
        private char[] _chars = new char[capacity + 8];
        private int[] _starts = new int[capacity + 8];
        private int[] _ends = new int[capacity + 8];
        private int _length;

        public void Add(char c, int start, int end)
        {
            if (_length == _chars.Length)
            {
                var size = _length * 2;
                Array.Resize(ref _chars, size);
                Array.Resize(ref _starts, size);
                Array.Resize(ref _ends, size);
            }
            _chars[_length] = c;
            _starts[_length] = start;
            _ends[_length] = end;
            _length++;
        }

        public void AddCluster(ReadOnlySpan<char> text, int start, int end)
        {
            foreach (var c in text)
            {
                // NFKC can itself produce spaces or apostrophes (´ becomes space + combining acute).
                var mapped = IsApostrophe(c) ? '\'' : char.IsWhiteSpace(c) ? ' ' : c;
                if (!IsRemoved(mapped))
                {
                    Add(mapped, start, end);
                }
            }
        }

        public NormalizedText ToNormalizedText() => new(new string(_chars, 0, _length), _starts, _ends);
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

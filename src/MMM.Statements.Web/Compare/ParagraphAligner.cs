using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace MMM.Statements.Web.Compare;

/// <summary>What became of a paragraph between two texts.</summary>
public enum RowKind
{
    /// <summary>The same words in both.</summary>
    Kept,

    /// <summary>A paragraph of the earlier text reworded in the later one.</summary>
    Changed,

    /// <summary>Only in the later text.</summary>
    Added,

    /// <summary>Only in the earlier text.</summary>
    Dropped,

    /// <summary>A paragraph beside its translation (language versions: words are not compared).</summary>
    Paired,
}

/// <summary>A run of a paragraph's words, <see cref="Changed"/> when the other text does not have them (added on the right, dropped on the left).</summary>
public readonly record struct WordRun(string Text, bool Changed);

/// <summary>One row of the side-by-side view: a paragraph of each text, or of one of them.</summary>
public sealed record AlignedRow(RowKind Kind, int? Left, int? Right, IReadOnlyList<WordRun> LeftRuns, IReadOnlyList<WordRun> RightRuns);

/// <summary>The rows of two texts, in the order of both, and how many of each kind.</summary>
public sealed record Alignment(IReadOnlyList<AlignedRow> Rows)
{
    public int Count(RowKind kind) => Rows.Count(r => r.Kind == kind);
}

/// <summary>
/// Aligns the paragraphs of two texts in order. DiffPlex's line diff over the paragraphs (one line each) finds the
/// paragraphs kept word for word; between two kept ones, the paragraphs left on each side are paired by how many words
/// they share (an in-order best pairing), and each pair gets DiffPlex's word diff. Two language versions share no words,
/// so they are paired by what survives translation: numbers, symbols, names and length.
/// </summary>
public static class ParagraphAligner
{
    /// <summary>Below this similarity two paragraphs are one dropped and one added, not one changed.</summary>
    private const double SameLanguageThreshold = 0.3;

    private const double TranslationThreshold = 0.45;

    public static Alignment Align(IReadOnlyList<string> earlier, IReadOnlyList<string> later, bool translation = false)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var left = earlier.Select(Normalize).ToList();
        var right = later.Select(Normalize).ToList();
        var rows = new List<AlignedRow>();
        if (translation || left.Count == 0 || right.Count == 0)
        {
            Pair(left, 0, left.Count, right, 0, right.Count, translation, rows);
            return new Alignment(rows);
        }
        var diff = Differ.Instance.CreateDiffs(string.Join('\n', left), string.Join('\n', right), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                rows.Add(Kept(left, a, b));
            }
            Pair(left, block.DeleteStartA, block.DeleteCountA, right, block.InsertStartB, block.InsertCountB, translation: false, rows);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        for (; a < left.Count && b < right.Count; a++, b++)
        {
            rows.Add(Kept(left, a, b));
        }
        return new Alignment(rows);
    }

    /// <summary>The words of a paragraph with the other's marked: DiffPlex's word diff, its pieces merged into runs.</summary>
    public static (IReadOnlyList<WordRun> Left, IReadOnlyList<WordRun> Right) Words(string earlier, string later)
    {
        var diff = Differ.Instance.CreateDiffs(earlier, later, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var dropped = new bool[diff.PiecesOld.Count];
        var added = new bool[diff.PiecesNew.Count];
        foreach (var block in diff.DiffBlocks)
        {
            Array.Fill(dropped, true, block.DeleteStartA, block.DeleteCountA);
            Array.Fill(added, true, block.InsertStartB, block.InsertCountB);
        }
        return (Runs(diff.PiecesOld, dropped), Runs(diff.PiecesNew, added));
    }

    private static AlignedRow Kept(List<string> left, int a, int b) => new(RowKind.Kept, a, b, [new WordRun(left[a], false)], [new WordRun(left[a], false)]);

    /// <summary>
    /// The best in-order pairing of left[a..a+n) with right[b..b+m) (each pair worth its similarity above the threshold),
    /// then the rows in order: a paragraph left unpaired is dropped (left) or added (right).
    /// </summary>
    private static void Pair(List<string> left, int a, int n, List<string> right, int b, int m, bool translation, List<AlignedRow> rows)
    {
        var threshold = translation ? TranslationThreshold : SameLanguageThreshold;
        var leftKeys = Enumerable.Range(a, n).Select(i => Key(left[i], translation)).ToList();
        var rightKeys = Enumerable.Range(b, m).Select(j => Key(right[j], translation)).ToList();
        var gain = new double[n, m];
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var similarity = Similarity(leftKeys[i], rightKeys[j], translation);
                gain[i, j] = similarity >= threshold ? similarity - threshold + 1e-6 : double.NegativeInfinity;
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), best[i + 1, j + 1] + gain[i, j]);
            }
        }
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && gain[x, y] > double.NegativeInfinity && best[x, y] == best[x + 1, y + 1] + gain[x, y])
            {
                var (l, r) = translation
                    ? ([new WordRun(left[a + x], false)], [new WordRun(right[b + y], false)])
                    : Words(left[a + x], right[b + y]);
                rows.Add(new AlignedRow(translation ? RowKind.Paired : RowKind.Changed, a + x, b + y, l, r));
                x++;
                y++;
            }
            else if (x < n && (y == m || best[x, y] == best[x + 1, y]))
            {
                rows.Add(new AlignedRow(RowKind.Dropped, a + x, null, [new WordRun(left[a + x], false)], []));
                x++;
            }
            else
            {
                rows.Add(new AlignedRow(RowKind.Added, null, b + y, [], [new WordRun(right[b + y], false)]));
                y++;
            }
        }
    }

    private sealed record ParagraphKey(HashSet<string> Tokens, int Length);

    /// <summary>
    /// A paragraph's words of four letters or more (lower-cased), or for a translation what survives translation between French, English and
    /// Spanish: numbers, symbols and acronyms as they are, and the first four letters of long words without their
    /// accents, since most long words of these texts are cognates (protection, protección; génération, generation).
    /// </summary>
    private static ParagraphKey Key(string paragraph, bool translation)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = word.Trim('.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '“', '”', '"', '’', '¿', '¡');
            if (token.Length == 0)
            {
                continue;
            }
            if (!translation)
            {
                // Short words (la, de, the, of, los…) are in every paragraph: two paragraphs are alike by their other words.
                if (token.Length > 3)
                {
                    tokens.Add(token.ToLowerInvariant());
                }
            }
            else if (token.Any(char.IsDigit) || token.Contains('/') || (token.Length > 1 && token.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            {
                tokens.Add(token);
            }
            else if (token.Length >= 6 && token.All(char.IsLetter))
            {
                tokens.Add(Unaccented(token.ToLowerInvariant())[..4]);
            }
        }
        return new ParagraphKey(tokens, paragraph.Length);
    }

    private static string Unaccented(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c);
            }
        }
        return letters.ToString();
    }

    private static double Similarity(ParagraphKey x, ParagraphKey y, bool translation)
    {
        var shared = x.Tokens.Count(y.Tokens.Contains);
        var all = x.Tokens.Count + y.Tokens.Count;
        var dice = all == 0 ? 0 : 2.0 * shared / all;
        if (!translation)
        {
            return dice;
        }
        // A translation runs a few tenths longer or shorter; the names and numbers both keep are the evidence beside it.
        var length = Math.Min(x.Length, y.Length) / (double)Math.Max(1, Math.Max(x.Length, y.Length));
        return all == 0 ? 0.8 * length : 0.6 * dice + 0.4 * length;
    }

    private static IReadOnlyList<WordRun> Runs(IReadOnlyList<string> pieces, bool[] changed)
    {
        // A space between two changed words belongs to the change, so a reworded phrase is one mark, not one per word.
        for (var i = 1; i < pieces.Count - 1; i++)
        {
            if (!changed[i] && string.IsNullOrWhiteSpace(pieces[i]) && changed[i - 1] && changed[i + 1])
            {
                changed[i] = true;
            }
        }
        var runs = new List<WordRun>();
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i > 0 && changed[i] != changed[i - 1])
            {
                runs.Add(new WordRun(text.ToString(), changed[i - 1]));
                text.Clear();
            }
            text.Append(pieces[i]);
        }
        if (text.Length > 0)
        {
            runs.Add(new WordRun(text.ToString(), changed[^1]));
        }
        return runs;
    }

    /// <summary>
    /// Line breaks inside a paragraph are where the PDF's lines ended, not the author's: one space (no-break spaces
    /// too). Apostrophes are one character: a page typed with <c>´</c> or <c>'</c> and its next edition typed with
    /// <c>’</c> say the same words.
    /// </summary>
    private static string Normalize(string paragraph) =>
        string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('´', '’').Replace('\'', '’').Replace('ʼ', '’');
}

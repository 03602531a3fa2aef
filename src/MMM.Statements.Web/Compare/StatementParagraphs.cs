using MMM.Statements.Search;

namespace MMM.Statements.Web.Compare;

/// <summary>A statement's text as the compare page aligns it: its paragraphs, and whether the text was cut.</summary>
public sealed record StatementParagraphs(IReadOnlyList<string> Paragraphs, bool Capped)
{
    /// <summary>How much of each text is compared: enough for any statement, bounded for a long report.</summary>
    public const int MaxParagraphs = 300;

    public const int MaxCharacters = 60_000;

    /// <summary>A paragraph longer than this (a page without blank lines) is compared in pieces of sentences.</summary>
    public const int MaxParagraphCharacters = 2_000;

    /// <summary>
    /// The paragraphs of every page of every file, split at blank lines as the statement page shows them; a text
    /// beyond <see cref="MaxParagraphs"/> or <see cref="MaxCharacters"/> is cut at a paragraph's end, so the line
    /// diff and the word diffs stay within a known amount of work whatever was uploaded.
    /// </summary>
    public static StatementParagraphs Of(StatementDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var paragraphs = new List<string>();
        var characters = 0;
        foreach (var (_, _, text) in details.Pages)
        {
            foreach (var block in text.Split("\n\n").SelectMany(Sentences))
            {
                foreach (var piece in Pieces(block.Trim()))
                {
                    if (paragraphs.Count == MaxParagraphs || characters + piece.Length > MaxCharacters)
                    {
                        return new StatementParagraphs(paragraphs, Capped: true);
                    }
                    paragraphs.Add(piece);
                    characters += piece.Length;
                }
            }
        }
        return new StatementParagraphs(paragraphs, Capped: false);
    }

    /// <summary>
    /// A PDF's page comes as lines without blank lines between paragraphs: a line that ends a sentence and a next line
    /// that starts with a capital (or a digit) is taken as a paragraph's end. A few paragraphs come out as two, which
    /// the alignment does not mind; without it a page would be one paragraph, and every change a changed page.
    /// </summary>
    private static IEnumerable<string> Sentences(string block)
    {
        var lines = block.Split('\n');
        var start = 0;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimEnd();
            var next = lines[i + 1].TrimStart();
            if (line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' or '»' or '”' && next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0])))
            {
                yield return string.Join('\n', lines[start..(i + 1)]);
                start = i + 1;
            }
        }
        yield return string.Join('\n', lines[start..]);
    }

    /// <summary>A block cut after the last sentence end (or space) before <see cref="MaxParagraphCharacters"/>.</summary>
    private static IEnumerable<string> Pieces(string block)
    {
        while (block.Length > MaxParagraphCharacters)
        {
            var window = block.AsSpan(0, MaxParagraphCharacters);
            var cut = window.LastIndexOf(". ");
            if (cut < MaxParagraphCharacters / 2)
            {
                cut = window.LastIndexOf(' ');
            }
            cut = cut <= 0 ? MaxParagraphCharacters : cut + 1;
            yield return block[..cut].Trim();
            block = block[cut..].Trim();
        }
        if (block.Length > 0)
        {
            yield return block;
        }
    }
}

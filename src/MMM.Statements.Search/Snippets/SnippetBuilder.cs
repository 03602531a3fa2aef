using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MMM.Statements.Analysis;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// Picks the best passages of a statement for a query and marks the matched words. The text is HTML-encoded
/// first and <c>&lt;mark&gt;</c> added after, so nothing from a document can become markup.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowWords = 30;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public sealed record PageText(int File, int Page, bool Paged, string Text);

    public static IReadOnlyList<Snippet> Build(IEnumerable<PageText> pages, string language, IReadOnlySet<string> terms, int max = 3)
    {
        var analyzer = TextAnalyzer.For(language);
        var candidates = new List<(PageText Page, IReadOnlyList<AnalyzedToken> Tokens, int From, int To, int Score)>();
        PageText? firstNonEmpty = null;
        IReadOnlyList<AnalyzedToken>? firstTokens = null;
        foreach (var page in pages)
        {
            if (string.IsNullOrWhiteSpace(page.Text))
            {
                continue;
            }
            var tokens = analyzer.Analyze(page.Text);
            if (firstNonEmpty is null && tokens.Count > 0)
            {
                firstNonEmpty = page;
                firstTokens = tokens;
            }
            if (terms.Count == 0)
            {
                continue;
            }
            var hits = new List<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (terms.Contains(tokens[i].Term))
                {
                    hits.Add(i);
                }
            }
            // Windows start a few words before a hit; the score favours many distinct query words, then many hits.
            var lastFrom = -1;
            foreach (var hit in hits)
            {
                var from = Math.Max(0, hit - 6);
                if (from <= lastFrom)
                {
                    continue;
                }
                var to = Math.Min(tokens.Count - 1, from + WindowWords - 1);
                var distinct = new HashSet<string>(StringComparer.Ordinal);
                var count = 0;
                foreach (var h in hits)
                {
                    if (h >= from && h <= to)
                    {
                        distinct.Add(tokens[h].Term);
                        count++;
                    }
                }
                candidates.Add((page, tokens, from, to, distinct.Count * 100 + count));
                lastFrom = from;
            }
        }
        var chosen = new List<(PageText Page, IReadOnlyList<AnalyzedToken> Tokens, int From, int To, int Score)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Page.File).ThenBy(c => c.Page.Page).ThenBy(c => c.From))
        {
            if (chosen.Count >= max)
            {
                break;
            }
            if (chosen.Any(c => c.Page == candidate.Page && c.From <= candidate.To && candidate.From <= c.To))
            {
                continue;
            }
            chosen.Add(candidate);
        }
        if (chosen.Count == 0 && firstNonEmpty is not null)
        {
            var to = Math.Min(firstTokens!.Count - 1, WindowWords - 1);
            return [Render(firstNonEmpty, firstTokens, 0, to, terms)];
        }
        return chosen
            .OrderBy(c => c.Page.File).ThenBy(c => c.Page.Page).ThenBy(c => c.From)
            .Select(c => Render(c.Page, c.Tokens, c.From, c.To, terms))
            .ToList();
    }

    private static Snippet Render(PageText page, IReadOnlyList<AnalyzedToken> tokens, int from, int to, IReadOnlySet<string> terms)
    {
        var text = page.Text;
        var start = tokens[from].Start;
        var end = tokens[to].End;
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append('…');
        }
        var position = start;
        for (var i = from; i <= to; i++)
        {
            var token = tokens[i];
            if (!terms.Contains(token.Term) || token.Start < position)
            {
                continue;
            }
            AppendEncoded(html, text, position, token.Start);
            html.Append("<mark>");
            AppendEncoded(html, text, token.Start, token.End);
            html.Append("</mark>");
            position = token.End;
        }
        AppendEncoded(html, text, position, end);
        if (to < tokens.Count - 1)
        {
            html.Append('…');
        }
        return new Snippet(html.ToString(), page.Paged ? page.Page : null, page.File);
    }

    private static void AppendEncoded(StringBuilder html, string text, int from, int to)
    {
        if (to <= from)
        {
            return;
        }
        // White space (line ends from PDF pages included) folds to single spaces.
        var segment = new StringBuilder(to - from);
        var lastWasSpace = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    segment.Append(' ');
                }
                lastWasSpace = true;
            }
            else
            {
                segment.Append(c);
                lastWasSpace = false;
            }
        }
        html.Append(Encoder.Encode(segment.ToString()));
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// Picks the best passages of a statement for a query and marks the matched words. The text is HTML-encoded
/// first and <c>&lt;mark&gt;</c> added after, so nothing from a document can become markup.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowWords = 30;

    /// <summary>Words a passage starts before its first matched word.</summary>
    private const int Lead = 6;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>One page's words in order: where each stands in the page's text; <paramref name="FirstPlace"/> numbers the first across the statement.</summary>
    public sealed record PagePlaces(int File, int Page, bool Paged, int FirstPlace, int[] Starts, int[] Ends)
    {
        public int Count => Starts.Length;
    }

    /// <summary>
    /// Up to <paramref name="max"/> passages of about 30 words, best first by the number of distinct query terms in
    /// them, then the number of matched words, shown in reading order; the opening words when nothing matched.
    /// </summary>
    /// <param name="pages">The statement's pages that have words, in order.</param>
    /// <param name="hits">Places (numbered across the pages) where a query term stands, with the term; any order.</param>
    /// <param name="text">Reads a page's text; only the pages a passage is taken from are read.</param>
    public static IReadOnlyList<Snippet> Build(IReadOnlyList<PagePlaces> pages, IEnumerable<(int Place, string Term)> hits, Func<PagePlaces, string> text, int max = 3)
    {
        var byPlace = hits.GroupBy(h => h.Place).OrderBy(g => g.Key)
            .Select(g => (Place: g.Key, Terms: g.Select(h => h.Term).Distinct(StringComparer.Ordinal).ToArray())).ToList();
        var candidates = new List<(PagePlaces Page, int From, int To, int Score)>();
        var next = 0;
        foreach (var page in pages)
        {
            var local = new List<(int Place, string[] Terms)>();
            for (; next < byPlace.Count && byPlace[next].Place < page.FirstPlace + page.Count; next++)
            {
                if (byPlace[next].Place >= page.FirstPlace)
                {
                    local.Add((byPlace[next].Place - page.FirstPlace, byPlace[next].Terms));
                }
            }
            // Windows start a few words before a hit; the score favours many distinct query words, then many hits.
            var lastFrom = -1;
            foreach (var hit in local)
            {
                var from = Math.Max(0, hit.Place - Lead);
                if (from <= lastFrom)
                {
                    continue;
                }
                var to = Math.Min(page.Count - 1, from + WindowWords - 1);
                var distinct = new HashSet<string>(StringComparer.Ordinal);
                var count = 0;
                foreach (var other in local)
                {
                    if (other.Place >= from && other.Place <= to)
                    {
                        distinct.UnionWith(other.Terms);
                        count++;
                    }
                }
                candidates.Add((page, from, to, distinct.Count * 100 + count));
                lastFrom = from;
            }
        }
        var chosen = new List<(PagePlaces Page, int From, int To, int Score)>();
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
        var marked = byPlace.Select(h => h.Place).ToHashSet();
        if (chosen.Count == 0)
        {
            return pages.Count == 0 ? [] : [Render(pages[0], text(pages[0]), 0, Math.Min(pages[0].Count - 1, WindowWords - 1), marked)];
        }
        // Passages often share a page: read each page's text once.
        var texts = new Dictionary<PagePlaces, string>();
        return chosen
            .OrderBy(c => c.Page.File).ThenBy(c => c.Page.Page).ThenBy(c => c.From)
            .Select(c => Render(c.Page, texts.TryGetValue(c.Page, out var t) ? t : texts[c.Page] = text(c.Page), c.From, c.To, marked))
            .ToList();
    }

    private static Snippet Render(PagePlaces page, string text, int from, int to, HashSet<int> marked)
    {
        var start = page.Starts[from];
        var end = Math.Min(page.Ends[to], text.Length);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append('…');
        }
        var position = start;
        for (var i = from; i <= to; i++)
        {
            var (wordStart, wordEnd) = (page.Starts[i], Math.Min(page.Ends[i], text.Length));
            if (!marked.Contains(page.FirstPlace + i) || wordStart < position || wordEnd <= wordStart)
            {
                continue;
            }
            AppendEncoded(html, text, position, wordStart);
            html.Append("<mark>");
            AppendEncoded(html, text, wordStart, wordEnd);
            html.Append("</mark>");
            position = wordEnd;
        }
        AppendEncoded(html, text, position, end);
        if (to < page.Count - 1)
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

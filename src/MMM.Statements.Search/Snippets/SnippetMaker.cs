using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using MMM.Statements.Analysis;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// The best passages of a statement for a query, by Lucene's highlighter over each stored page, with the page number:
/// matched words are marked with private sentinels, the passage cut to a bounded length, each run HTML-encoded, and
/// only then the sentinels turned into <c>&lt;mark&gt;</c> — nothing from a document can become markup. The statement
/// page marks its text by the same rule (<see cref="MarkAll"/>).
/// </summary>
internal static class SnippetMaker
{
    public const int MaxSnippets = 3;

    /// <summary>The longest passage, in characters of text: a page without spaces cannot make a long snippet.</summary>
    public const int MaxPassageChars = 400;

    /// <summary>How much of a page the highlighter reads for snippets; past it a page's words are not marked.</summary>
    public const int MaxAnalyzedChars = 100_000;

    /// <summary>How much of a page the statement page marks.</summary>
    public const int MaxMarkedChars = 2_000_000;

    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const int OpeningWords = 30;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The best passages of the pages; <paramref name="field"/> is the field the query names their words in (a statement's text by default).</summary>
    public static IReadOnlyList<Snippet> Make(IReadOnlyList<(int File, int Page, bool Pdf, string Text)> pages, string language, Query? query, string? field = null)
    {
        var candidates = new List<(float Score, int Order, int File, int? Page, string Marked)>();
        if (query is not null)
        {
            field ??= StatementFields.Text(language);
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), new DefaultEncoder(), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, 240),
                MaxDocCharsToAnalyze = MaxAnalyzedChars,
            };
            var order = 0;
            foreach (var (file, page, pdf, raw) in pages)
            {
                var text = Clean(raw);
                if (text.Length == 0)
                {
                    continue;
                }
                using var tokens = TextAnalyzer.For(language).Chain.GetTokenStream(field, text);
                foreach (var fragment in highlighter.GetBestTextFragments(tokens, text, false, MaxSnippets))
                {
                    if (fragment is { Score: > 0 })
                    {
                        candidates.Add((fragment.Score, order++, file, pdf ? page : null, fragment.ToString()));
                    }
                }
            }
        }
        if (candidates.Count == 0)
        {
            var first = pages.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p.Text));
            if (first.Text is null)
            {
                return [];
            }
            var opening = string.Join(' ', Clean(first.Text).Split((char[]?)null, OpeningWords + 1, StringSplitOptions.RemoveEmptyEntries).Take(OpeningWords));
            return [new Snippet(Html(Cut(opening)), first.Pdf ? first.Page : null, first.File)];
        }
        return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Order).Take(MaxSnippets).OrderBy(c => c.Order)
            .Select(c => new Snippet(Html(Cut(c.Marked.Trim())), c.Page, c.File)).ToList();
    }

    /// <summary>A short text whole, encoded, nothing marked.</summary>
    public static Snippet Whole(string text, int? page, int file) => new(Html(Clean(text)), page, file);

    /// <summary>A whole page as runs of text, marked where the query's words stand (the snippets' rule).</summary>
    public static IReadOnlyList<(string Text, bool Marked)> MarkAll(Query? query, string language, string text)
    {
        if (query is null || text.Length == 0 || text.Length > MaxMarkedChars)
        {
            return [(text, false)];
        }
        var field = StatementFields.Text(language);
        var clean = Clean(text);
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), new DefaultEncoder(), new QueryScorer(query, field))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = clean.Length,
        };
        using var tokens = TextAnalyzer.For(language).Chain.GetTokenStream(field, clean);
        var marked = highlighter.GetBestFragment(tokens, clean);
        if (marked is null)
        {
            return [(text, false)];
        }
        // The runs cover the cleaned text, which has the original's length: cut the original the same way.
        var runs = new List<(string Text, bool Marked)>();
        var at = 0;
        foreach (var (run, isMarked) in Runs(marked))
        {
            var length = Math.Min(run.Length, text.Length - at);
            runs.Add((text.Substring(at, length), isMarked));
            at += length;
        }
        if (at < text.Length)
        {
            runs.Add((text[at..], false));
        }
        return runs;
    }

    /// <summary>Sentinels written in a document are only text: swapped for other private-use characters (same length, offsets unchanged).</summary>
    private static string Clean(string text) =>
        text.IndexOf(Open) < 0 && text.IndexOf(Close) < 0 ? text : text.Replace(Open, '\uF8F0').Replace(Close, '\uF8F1');

    /// <summary>A passage no longer than <see cref="MaxPassageChars"/>, around its first mark, cut at spaces, marks kept balanced.</summary>
    private static string Cut(string passage)
    {
        if (passage.Length <= MaxPassageChars)
        {
            return passage;
        }
        var first = Math.Max(0, passage.IndexOf(Open));
        var start = Math.Max(0, first - MaxPassageChars / 4);
        var space = passage.LastIndexOf(' ', start);
        start = space > 0 && start - space < 40 ? space + 1 : start;
        var end = Math.Min(passage.Length, start + MaxPassageChars);
        var endSpace = passage.LastIndexOf(' ', end - 1);
        end = endSpace > start + MaxPassageChars / 2 ? endSpace : end;
        var cut = new StringBuilder(end - start + 4);
        if (start > 0)
        {
            cut.Append('…');
        }
        var open = false;
        for (var i = 0; i < start; i++)
        {
            open = passage[i] == Open || (passage[i] != Close && open);
        }
        if (open)
        {
            cut.Append(Open);
        }
        cut.Append(passage, start, end - start);
        if (cut.ToString().LastIndexOf(Open) > cut.ToString().LastIndexOf(Close))
        {
            cut.Append(Close);
        }
        if (end < passage.Length)
        {
            cut.Append('…');
        }
        return cut.ToString();
    }

    private static string Html(string marked)
    {
        marked = string.Join(' ', marked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var html = new StringBuilder(marked.Length + 32);
        foreach (var (text, isMarked) in Runs(marked))
        {
            if (isMarked)
            {
                html.Append("<mark>").Append(Encoder.Encode(text)).Append("</mark>");
            }
            else
            {
                html.Append(Encoder.Encode(text));
            }
        }
        return html.ToString();
    }

    private static List<(string Text, bool Marked)> Runs(string marked)
    {
        var runs = new List<(string, bool)>();
        var current = new StringBuilder();
        var inside = false;
        foreach (var c in marked)
        {
            if (c is Open or Close)
            {
                if (current.Length > 0)
                {
                    runs.Add((current.ToString(), inside));
                    current.Clear();
                }
                inside = c == Open;
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
        {
            runs.Add((current.ToString(), inside));
        }
        return runs;
    }
}

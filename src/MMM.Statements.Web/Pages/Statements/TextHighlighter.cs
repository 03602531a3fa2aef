using MMM.Statements.Search;

namespace MMM.Statements.Web.Pages.Statements;

/// <summary>A run of a statement's text, marked when it is one of the searched words.</summary>
public readonly record struct TextRun(string Text, bool Marked);

/// <summary>
/// The statement's text in paragraphs of runs for the statement page, marked by the index with the rule its snippets
/// use (<see cref="StatementIndex.Mark"/>), so a <c>numéri*</c> search marks the page as it marked the snippet.
/// Razor encodes every run; nothing here produces HTML.
/// </summary>
public sealed class TextHighlighter
{
    private readonly Dictionary<(int File, int Page), IReadOnlyList<(string Text, bool Marked)>> _pages;

    public TextHighlighter(StatementIndex index, string id, string? query)
    {
        ArgumentNullException.ThrowIfNull(index);
        var marked = string.IsNullOrWhiteSpace(query) ? null : index.Mark(id, query);
        _pages = (marked ?? []).ToDictionary(p => (p.File, p.Page), p => p.Runs);
        IsActive = _pages.Values.Any(runs => runs.Any(r => r.Marked));
    }

    /// <summary>Whether the query marks any word of the statement.</summary>
    public bool IsActive { get; }

    /// <summary>The page's paragraphs (split at blank lines), each as runs.</summary>
    public IReadOnlyList<IReadOnlyList<TextRun>> Paragraphs(int file, int page, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = _pages.TryGetValue((file, page), out var marked) ? marked : [(text, false)];
        var paragraphs = new List<IReadOnlyList<TextRun>>();
        var current = new List<TextRun>();
        foreach (var (run, isMarked) in runs)
        {
            var parts = run.Split("\n\n");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Close();
                }
                if (parts[i].Length > 0)
                {
                    current.Add(new TextRun(parts[i], isMarked));
                }
            }
        }
        Close();
        return paragraphs;

        void Close()
        {
            if (current.Count > 0 && current.Any(r => r.Text.Trim().Length > 0))
            {
                paragraphs.Add(current);
            }
            current = [];
        }
    }
}

using MMM.Statements.Analysis;

namespace MMM.Statements.Web.Pages.Statements;

/// <summary>A run of a statement's text, marked when it is one of the searched words.</summary>
public readonly record struct TextRun(string Text, bool Marked);

/// <summary>
/// Splits a text into runs for the statement page, marking the words that the query's words stem to: the same
/// analysis chain as the index, so <c>mères</c> in the query marks <c>mère</c> and <c>Mères</c> in the text.
/// Razor encodes every run; nothing here produces HTML.
/// </summary>
public sealed class TextHighlighter
{
    private readonly TextAnalyzer _analyzer;
    private readonly HashSet<string> _terms;

    public TextHighlighter(string? query, string language)
    {
        _analyzer = TextAnalyzer.For(language);
        _terms = string.IsNullOrWhiteSpace(query)
            ? []
            : _analyzer.Analyze(query).Select(t => t.Term).Where(t => t is not ("and" or "or" or "not")).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsActive => _terms.Count > 0;

    public IReadOnlyList<TextRun> Runs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_terms.Count == 0)
        {
            return [new TextRun(text, false)];
        }
        var runs = new List<TextRun>();
        var cursor = 0;
        foreach (var token in _analyzer.Analyze(text))
        {
            if (!_terms.Contains(token.Term) || token.Start < cursor || token.End > text.Length || token.End <= token.Start)
            {
                continue;
            }
            if (token.Start > cursor)
            {
                runs.Add(new TextRun(text[cursor..token.Start], false));
            }
            runs.Add(new TextRun(text[token.Start..token.End], true));
            cursor = token.End;
        }
        if (cursor < text.Length)
        {
            runs.Add(new TextRun(text[cursor..], false));
        }
        return runs;
    }
}

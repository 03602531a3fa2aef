using System.Diagnostics;
using System.Text;
using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>
/// Extracts a PDF's text page by page with poppler's <c>pdftotext</c> and its metadata with <c>pdfinfo</c>, both in
/// bounded child processes: a broken or hostile file can only time out or fail, never hang or exhaust the indexer.
/// </summary>
public sealed class PdfExtractor(ExtractionOptions options) : ITextExtractor
{
    public const string PdfToText = "pdftotext";
    public const string PdfInfoProgram = "pdfinfo";

    private readonly ExtractionOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();

    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // An absolute path starts with '/', so a file name can never be read as an option.
        var fullPath = Path.GetFullPath(path);
        var clock = Stopwatch.StartNew();

        var text = await ChildProcess.RunAsync(
            PdfToText,
            ["-enc", "UTF-8", "-l", _options.MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture), fullPath, "-"],
            Limits(_options.Timeout, _options.MaxOutputBytes),
            cancellationToken).ConfigureAwait(false);

        if (text.TimedOut)
        {
            return Failed(ExtractionStatus.TimedOut,
                $"pdftotext arrêté après {_options.Timeout.TotalSeconds:0.#} s / stopped after {_options.Timeout.TotalSeconds:0.#} s");
        }
        // Past the output cap we stop pdftotext ourselves, so its exit code says nothing about the file.
        if (text.ExitCode != 0 && !text.StdoutTruncated)
        {
            return Failed(StatusForFailure(text), FailureDetail(text));
        }

        var raw = Encoding.UTF8.GetString(text.Stdout).Split('\f');
        // pdftotext ends every page with a form feed, so the last piece is what follows the last page, unless the
        // output was cut, when it is the start of a page.
        var rawPages = raw.Length > 1 && !text.StdoutTruncated ? raw[..^1] : raw;
        if (rawPages.All(string.IsNullOrWhiteSpace))
        {
            return Failed(ExtractionStatus.NoTextLayer, text.FirstStderrLine);
        }

        var normalized = rawPages.Select(TextNormalizer.Normalize).ToArray();
        var masthead = UnMastheadParser.Parse(normalized[0]);
        var bodies = RunningHeaderFilter.Filter(normalized);
        // A text layer holding only page numbers or lines repeated on every page ("Page 2 / 2") leaves nothing to
        // search: calling it extracted would index an empty statement without telling anyone (found by zzuf mutants).
        if (bodies.All(string.IsNullOrWhiteSpace))
        {
            return Failed(ExtractionStatus.NoTextLayer,
                "seuls des numéros de page ou des en-têtes répétés / only page numbers or running headers");
        }
        var pages = bodies.Select((body, i) => new ExtractedPage(i + 1, body)).ToArray();

        var remaining = _options.Timeout - clock.Elapsed;
        var info = remaining > TimeSpan.FromMilliseconds(200)
            ? await ReadInfoAsync(fullPath, remaining, cancellationToken).ConfigureAwait(false)
            : null;

        var detail = new List<string>();
        if (text.StdoutTruncated)
        {
            detail.Add($"texte tronqué à {_options.MaxOutputBytes} octets / text truncated at {_options.MaxOutputBytes} bytes");
        }
        if (info?.Pages is { } total && total > _options.MaxPages)
        {
            detail.Add($"{_options.MaxPages} pages lues sur {total} / {_options.MaxPages} of {total} pages read");
        }
        return new ExtractedDocument
        {
            Format = DocumentFormat.Pdf,
            Status = ExtractionStatus.Extracted,
            Detail = string.Join("; ", detail),
            Title = info?.Title,
            Author = info?.Author,
            // Only the masthead dates the statement; the file's creation date is when it was printed.
            Date = masthead?.Date,
            DeclaredLanguage = masthead?.OriginalLanguage,
            Masthead = masthead,
            Pages = pages,
        };
    }

    private async Task<PdfInfo?> ReadInfoAsync(string fullPath, TimeSpan budget, CancellationToken cancellationToken)
    {
        var result = await ChildProcess.RunAsync(
            PdfInfoProgram, ["-isodates", "-enc", "UTF-8", fullPath], Limits(budget, 1024 * 1024), cancellationToken).ConfigureAwait(false);
        return result.TimedOut || result.ExitCode != 0 ? null : PdfInfo.Parse(Encoding.UTF8.GetString(result.Stdout));
    }

    private ProcessLimits Limits(TimeSpan timeout, int maxStdout) => new()
    {
        Timeout = timeout,
        MemoryLimitBytes = _options.MemoryLimitBytes,
        MaxStdoutBytes = maxStdout,
    };

    // pdftotext exits 1 when it cannot open the file (a wrong or missing password says so), 3 on a permission error.
    private static ExtractionStatus StatusForFailure(ChildProcessResult result) =>
        result.Stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase) || result.ExitCode == 3
            ? ExtractionStatus.PasswordProtected
            : ExtractionStatus.Damaged;

    private static string FailureDetail(ChildProcessResult result)
    {
        var line = result.FirstStderrLine;
        // A negative or signal exit means the memory limit or a crash stopped poppler.
        return line.Length > 0
            ? $"pdftotext (code {result.ExitCode}) : {Truncate(line, 300)}"
            : $"pdftotext s'est arrêté avec le code {result.ExitCode} / pdftotext exited with code {result.ExitCode}";
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static ExtractedDocument Failed(ExtractionStatus status, string detail) => new()
    {
        Format = DocumentFormat.Pdf,
        Status = status,
        Detail = detail,
    };
}

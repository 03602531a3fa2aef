using System.Diagnostics;
using System.Text;
using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>
/// Extracts a PDF's text page by page. PdfPig reads it first, in a warm worker process (<see cref="PdfWorkerPool"/>),
/// in content order, which follows columns where poppler mixes them. When PdfPig dies, times out, throws, or gets no
/// text from a page that draws some, poppler's <c>pdftotext</c> (and <c>pdfinfo</c> for metadata) reads the file in
/// bounded child processes instead. Either way a broken or hostile file can only fail, never hang or exhaust the
/// indexer, and the document says which extractor produced its text and how the others failed. Pages that have no
/// text layer at all (a scan) are then recognised by Tesseract (<see cref="TextRecognizer"/>), up to a page cap, and
/// the document lists them in <see cref="ExtractedDocument.OcrPages"/>.
/// </summary>
public sealed class PdfExtractor : ITextExtractor
{
    public const string PdfToText = "pdftotext";
    public const string PdfInfoProgram = "pdfinfo";

    private readonly ExtractionOptions _options;
    private readonly PdfWorkerPool? _pdfPig;
    private readonly TextRecognizer? _recognizer;

    /// <summary>A poppler-only extractor.</summary>
    public PdfExtractor(ExtractionOptions options)
        : this(options, pdfPig: null)
    {
    }

    /// <summary>An extractor that tries PdfPig in <paramref name="pdfPig"/>'s workers first (the caller owns the pool).</summary>
    public PdfExtractor(ExtractionOptions options, PdfWorkerPool? pdfPig)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validated();
        _pdfPig = pdfPig;
        _recognizer = options.UseOcr ? new TextRecognizer(options) : null;
    }

    public Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellationToken) =>
        ExtractAsync(path, language: null, cancellationToken);

    /// <summary>
    /// Extracts the PDF at <paramref name="path"/>; pages without a text layer are recognised in
    /// <paramref name="language"/> (the statement's known language, ISO 639-1), or in a guessed one when it is null.
    /// </summary>
    public async Task<ExtractedDocument> ExtractAsync(string path, string? language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        // An absolute path starts with '/', so a file name can never be read as an option.
        var fullPath = Path.GetFullPath(path);
        var failures = new List<ExtractorFailure>();
        ExtractedDocument? partial = null;
        IReadOnlyList<int> partialTextless = [];
        // The statement's known language, else the file's own tag: what recognition reads scanned pages in.
        var ocrLanguage = language;
        if (_pdfPig is not null)
        {
            var reading = await _pdfPig.ReadAsync(fullPath, cancellationToken).ConfigureAwait(false);
            if (reading.Failure is { } failure)
            {
                failures.Add(failure);
            }
            else
            {
                ocrLanguage ??= reading.Metadata?.Language;
                var (document, emptyPage, textless) = FromPdfPig(reading);
                if (document.Succeeded && emptyPage is null)
                {
                    return await WithRecognizedPagesAsync(document, textless, fullPath, ocrLanguage, cancellationToken).ConfigureAwait(false);
                }
                if (emptyPage is not null)
                {
                    failures.Add(emptyPage);
                    partial = document.Succeeded ? document : null;
                    partialTextless = textless;
                }
            }
        }

        var (poppler, popplerTextless) = await ReadWithPopplerAsync(fullPath, cancellationToken).ConfigureAwait(false);
        var pdfPigDetail = string.Join("; ", failures.Select(f => f.Detail));
        if (poppler.Succeeded)
        {
            return await WithRecognizedPagesAsync(poppler with
            {
                Extractor = TextExtractor.Poppler,
                ExtractorFailures = failures,
                Detail = Join(poppler.Detail, pdfPigDetail),
            }, popplerTextless, fullPath, ocrLanguage, cancellationToken).ConfigureAwait(false);
        }
        if (partial is not null)
        {
            // Poppler read nothing better: PdfPig's text, with its empty page, is what the file gives.
            return await WithRecognizedPagesAsync(partial with { ExtractorFailures = failures, Detail = Join(partial.Detail, pdfPigDetail) },
                partialTextless, fullPath, ocrLanguage, cancellationToken).ConfigureAwait(false);
        }
        if (poppler.Status != ExtractionStatus.NoTextLayer)
        {
            failures.Add(new ExtractorFailure(TextExtractor.Poppler, PopplerFailureKind(poppler.Status), poppler.Detail));
        }
        var unread = poppler with
        {
            Extractor = TextExtractor.None,
            ExtractorFailures = failures,
            Detail = Join(pdfPigDetail, poppler.Detail),
        };
        return unread.Status == ExtractionStatus.NoTextLayer
            ? await RecognizeScanAsync(unread, popplerTextless, fullPath, ocrLanguage, cancellationToken).ConfigureAwait(false)
            : unread;
    }

    /// <summary>
    /// A file with no text layer on any page (PdfPig and poppler both found none): its pages, up to the cap, are
    /// recognised and assembled like any extractor's; when recognition reads nothing the file stays without text.
    /// </summary>
    private async Task<ExtractedDocument> RecognizeScanAsync(
        ExtractedDocument unread, IReadOnlyList<int> textless, string fullPath, string? language, CancellationToken cancellationToken)
    {
        if (_recognizer is null || textless.Count == 0)
        {
            return unread;
        }
        var recognition = await _recognizer.RecognizeAsync(fullPath, textless.Take(_options.OcrMaxPages).ToList(), language, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ExtractorFailure> failures = recognition.Failure is { } failure ? [.. unread.ExtractorFailures, failure] : unread.ExtractorFailures;
        var normalized = recognition.Pages.Select(p => TextNormalizer.Normalize(p.Text)).ToArray();
        if (!normalized.Any(t => t.Any(char.IsLetterOrDigit)))
        {
            var why = recognition.Failure?.Detail
                ?? "la reconnaissance de texte n'a lu aucun mot / text recognition read no words";
            return unread with { ExtractorFailures = failures, Detail = Join(unread.Detail, why) };
        }
        var document = Assemble(normalized, "");
        if (!document.Succeeded)
        {
            return unread with { ExtractorFailures = failures, Detail = Join(unread.Detail, document.Detail) };
        }
        var info = await ReadInfoAsync(fullPath, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        var total = info?.Pages ?? textless.Count;
        var detail = new List<string> { RecognizedDetail(recognition, total) };
        if (recognition.Failure is { } stopped)
        {
            detail.Add(stopped.Detail);
        }
        return document with
        {
            Extractor = TextExtractor.Tesseract,
            ExtractorFailures = failures,
            Detail = string.Join("; ", detail),
            OcrPages = document.Pages.Where(p => p.Text.Any(char.IsLetterOrDigit)).Select(p => p.Number).ToArray(),
            Title = info?.Title,
            Author = info?.Author,
            CreationDate = info?.CreationDate,
            FilePageCount = info?.Pages,
        };
    }

    /// <summary>
    /// A file whose text was read, with some pages that have no text layer at all (a scanned annex): those pages, up
    /// to the cap, get the text recognised on their image; the others keep the text their layer gave.
    /// </summary>
    private async Task<ExtractedDocument> WithRecognizedPagesAsync(
        ExtractedDocument document, IReadOnlyList<int> textless, string fullPath, string? language, CancellationToken cancellationToken)
    {
        var targets = textless.Where(n => n <= document.Pages.Count).ToList();
        if (_recognizer is null || targets.Count == 0)
        {
            return document;
        }
        var recognition = await _recognizer.RecognizeAsync(fullPath, targets.Take(_options.OcrMaxPages).ToList(), language, cancellationToken).ConfigureAwait(false);
        var read = recognition.Pages
            .Select(p => (p.Number, Text: TextNormalizer.Normalize(p.Text)))
            .Where(p => p.Text.Any(char.IsLetterOrDigit))
            .ToDictionary(p => p.Number, p => p.Text);
        var detail = new List<string> { document.Detail, RecognizedDetail(recognition, targets.Count) };
        if (recognition.Failure is { } failure)
        {
            detail.Add(failure.Detail);
        }
        return document with
        {
            Pages = document.Pages.Select(p => read.TryGetValue(p.Number, out var text) ? p with { Text = text } : p).ToArray(),
            OcrPages = read.Keys.Order().ToArray(),
            ExtractorFailures = recognition.Failure is { } f ? [.. document.ExtractorFailures, f] : document.ExtractorFailures,
            Detail = string.Join("; ", detail.Where(d => d.Length > 0)),
        };
    }

    private static string RecognizedDetail(Recognition recognition, int textless) =>
        $"texte reconnu (OCR, {recognition.Languages}) sur {recognition.Pages.Count} des {textless} pages sans couche texte / " +
        $"text recognised (OCR, {recognition.Languages}) on {recognition.Pages.Count} of {textless} pages without a text layer";

    private (ExtractedDocument Document, ExtractorFailure? EmptyPage, IReadOnlyList<int> Textless) FromPdfPig(PdfPigReading reading)
    {
        var raw = reading.Pages ?? [];
        if (raw.All(p => p.Glyphs == 0))
        {
            // Nothing drawn as text at all (a scan): poppler is asked too, and says the same in 0.03 s if so.
            return (Failed(ExtractionStatus.NoTextLayer, ""), null, []);
        }
        var normalized = raw.Select(p => TextNormalizer.Normalize(p.Text)).ToArray();
        ExtractorFailure? emptyPage = null;
        for (var i = 0; i < raw.Count; i++)
        {
            // The last page of a truncated reading is cut on purpose.
            if (raw[i].Glyphs > 0 && !normalized[i].Any(char.IsLetterOrDigit) && !(reading.Truncated && i == raw.Count - 1))
            {
                emptyPage = new ExtractorFailure(TextExtractor.PdfPig, ExtractorFailureKind.EmptyPage,
                    $"PdfPig n'a lu aucun texte en page {raw[i].Number}, qui en dessine / PdfPig read no text on page {raw[i].Number}, which draws some");
                break;
            }
        }
        var detail = new List<string>();
        if (reading.Truncated)
        {
            detail.Add(TruncatedDetail());
        }
        if (reading.FilePages > _options.MaxPages)
        {
            detail.Add(PageCapDetail(reading.FilePages));
        }
        var metadata = reading.Metadata;
        var document = Assemble(normalized, string.Join("; ", detail)) with
        {
            Extractor = TextExtractor.PdfPig,
            Title = metadata?.Title,
            Author = metadata?.Author,
            CreationDate = metadata?.Created,
            MetadataLanguage = metadata?.Language,
            FilePageCount = reading.FilePages,
        };
        // Pages that draw no text at all have no text layer: recognition may read their image.
        return (document, emptyPage, raw.Where(p => p.Glyphs == 0).Select(p => p.Number).ToArray());
    }

    /// <summary>Normalisation, masthead, running headers: the same for every extractor's pages.</summary>
    private static ExtractedDocument Assemble(IReadOnlyList<string> normalized, string detail)
    {
        var masthead = UnMastheadParser.Parse(normalized.Count > 0 ? normalized[0] : "");
        var bodies = RunningHeaderFilter.Filter(normalized);
        // A text layer holding only page numbers or lines repeated on every page ("Page 2 / 2") leaves nothing to
        // search: calling it extracted would index an empty statement without telling anyone (found by zzuf mutants).
        if (bodies.All(string.IsNullOrWhiteSpace))
        {
            return Failed(ExtractionStatus.NoTextLayer,
                "seuls des numéros de page ou des en-têtes répétés / only page numbers or running headers");
        }
        return new ExtractedDocument
        {
            Format = DocumentFormat.Pdf,
            Status = ExtractionStatus.Extracted,
            Detail = detail,
            // Only the masthead dates the statement; the file's creation date is when it was printed.
            Date = masthead?.Date,
            DeclaredLanguage = masthead?.OriginalLanguage,
            Masthead = masthead,
            Pages = bodies.Select((body, i) => new ExtractedPage(i + 1, body)).ToArray(),
        };
    }

    private async Task<(ExtractedDocument Document, IReadOnlyList<int> Textless)> ReadWithPopplerAsync(string fullPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var text = await ChildProcess.RunAsync(
            PdfToText,
            ["-enc", "UTF-8", "-l", _options.MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture), fullPath, "-"],
            Limits(_options.Timeout, _options.MaxOutputBytes),
            cancellationToken).ConfigureAwait(false);

        if (text.TimedOut)
        {
            return (Failed(ExtractionStatus.TimedOut,
                $"pdftotext arrêté après {_options.Timeout.TotalSeconds:0.#} s / stopped after {_options.Timeout.TotalSeconds:0.#} s"), []);
        }
        // Past the output cap we stop pdftotext ourselves, so its exit code says nothing about the file.
        if (text.ExitCode != 0 && !text.StdoutTruncated)
        {
            return (Failed(StatusForFailure(text), FailureDetail(text)), []);
        }

        var raw = Encoding.UTF8.GetString(text.Stdout).Split('\f');
        // pdftotext ends every page with a form feed, so the last piece is what follows the last page, unless the
        // output was cut, when it is the start of a page.
        var rawPages = raw.Length > 1 && !text.StdoutTruncated ? raw[..^1] : raw;
        // Pages with nothing at all have no text layer: recognition may read their image.
        var textless = Enumerable.Range(0, rawPages.Length).Where(i => string.IsNullOrWhiteSpace(rawPages[i])).Select(i => i + 1).ToArray();
        if (textless.Length == rawPages.Length)
        {
            return (Failed(ExtractionStatus.NoTextLayer, text.FirstStderrLine), textless);
        }

        var document = Assemble(rawPages.Select(TextNormalizer.Normalize).ToArray(), "");
        if (!document.Succeeded)
        {
            return (document, textless);
        }

        var remaining = _options.Timeout - clock.Elapsed;
        var info = remaining > TimeSpan.FromMilliseconds(200)
            ? await ReadInfoAsync(fullPath, remaining, cancellationToken).ConfigureAwait(false)
            : null;

        var detail = new List<string>();
        if (text.StdoutTruncated)
        {
            detail.Add(TruncatedDetail());
        }
        if (info?.Pages is { } total && total > _options.MaxPages)
        {
            detail.Add(PageCapDetail(total));
        }
        return (document with
        {
            Detail = string.Join("; ", detail),
            Title = info?.Title,
            Author = info?.Author,
            CreationDate = info?.CreationDate,
            FilePageCount = info?.Pages,
        }, textless);
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

    private string TruncatedDetail() =>
        $"texte tronqué à {_options.MaxOutputBytes} octets / text truncated at {_options.MaxOutputBytes} bytes";

    private string PageCapDetail(int total) =>
        $"{_options.MaxPages} pages lues sur {total} / {_options.MaxPages} of {total} pages read";

    // pdftotext exits 1 when it cannot open the file (a wrong or missing password says so), 3 on a permission error.
    private static ExtractionStatus StatusForFailure(ChildProcessResult result) =>
        result.Stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase) || result.ExitCode == 3
            ? ExtractionStatus.PasswordProtected
            : ExtractionStatus.Damaged;

    private static ExtractorFailureKind PopplerFailureKind(ExtractionStatus status) => status switch
    {
        ExtractionStatus.TimedOut => ExtractorFailureKind.TimedOut,
        _ => ExtractorFailureKind.Threw,
    };

    private static string FailureDetail(ChildProcessResult result)
    {
        var line = result.FirstStderrLine;
        // A negative or signal exit means the memory limit or a crash stopped poppler.
        return line.Length > 0
            ? $"pdftotext (code {result.ExitCode}) : {Truncate(line, 300)}"
            : $"pdftotext s'est arrêté avec le code {result.ExitCode} / pdftotext exited with code {result.ExitCode}";
    }

    private static string Join(string a, string b) =>
        a.Length == 0 ? b : b.Length == 0 ? a : a + "; " + b;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static ExtractedDocument Failed(ExtractionStatus status, string detail) => new()
    {
        Format = DocumentFormat.Pdf,
        Status = status,
        Detail = detail,
    };
}

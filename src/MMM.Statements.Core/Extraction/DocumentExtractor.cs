using System.ComponentModel;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Extraction;

/// <summary>
/// The one entry point for extraction: checks size, sniffs the format from the file's bytes and hands the file to
/// the PDF or HTML extractor. A bad file always ends as a status with a detail, never as an exception. Safe to call
/// from several threads at once: PDFs share a pool of warm PdfPig workers (at most one per core), which disposing
/// the extractor stops, so no worker outlives the build or the site that made it.
/// </summary>
public sealed class DocumentExtractor : IDisposable, IAsyncDisposable
{
    private readonly ExtractionOptions _options;
    private readonly PdfWorkerPool? _pdfPig;
    private readonly PdfExtractor _pdf;
    private readonly HtmlExtractor _html;

    public DocumentExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validated();
        _pdfPig = options.UsePdfPig ? new PdfWorkerPool(options) : null;
        _pdf = new PdfExtractor(options, _pdfPig);
        _html = new HtmlExtractor(options);
    }

    /// <summary>The PdfPig workers this extractor reads PDFs with; null when it reads them with poppler only.</summary>
    public PdfWorkerPool? PdfWorkers => _pdfPig;

    public void Dispose() => _pdfPig?.Dispose();

    public ValueTask DisposeAsync() => _pdfPig?.DisposeAsync() ?? ValueTask.CompletedTask;

    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] head;
        long length;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Refused(DocumentFormat.Unknown, ExtractionStatus.NotSupported, "fichier introuvable / file not found");
            }
            length = file.Length;
            if (length == 0)
            {
                return Refused(DocumentFormat.Unknown, ExtractionStatus.Empty, "");
            }
            if (length > _options.MaxFileBytes)
            {
                return Refused(DocumentFormat.Unknown, ExtractionStatus.TooLarge,
                    $"{length} octets, limite {_options.MaxFileBytes} / {length} bytes, limit {_options.MaxFileBytes}");
            }
            head = await ReadHeadAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(DocumentFormat.Unknown, ExtractionStatus.Damaged, "lecture impossible / cannot read: " + e.Message);
        }

        return FormatSniffer.Sniff(head) switch
        {
            // A sidecar's language is the statement's known language: text recognition reads a scan in it.
            DocumentFormat.Pdf => await _pdf.ExtractAsync(path, StatementSidecar.TryLoad(path, out _)?.Language, ct).ConfigureAwait(false),
            DocumentFormat.Html => await _html.ExtractAsync(path, ct).ConfigureAwait(false) is var html && html.Succeeded
                ? html with { Extractor = TextExtractor.AngleSharp }
                : html,
            _ => Refused(DocumentFormat.Unknown, ExtractionStatus.NotSupported,
                "ni « %PDF- » ni balise HTML au début du fichier / neither %PDF- nor an HTML tag at the start of the file"),
        };
    }

    /// <summary>True when poppler's <c>pdftotext</c> and <c>pdfinfo</c> run; otherwise a message for the administrator.</summary>
    public static bool PopplerAvailable(out string message)
    {
        foreach (var program in new[] { PdfExtractor.PdfToText, PdfExtractor.PdfInfoProgram })
        {
            try
            {
                var result = ChildProcess.RunAsync(program, ["-v"], new ProcessLimits { Timeout = TimeSpan.FromSeconds(10) }, CancellationToken.None)
                    .GetAwaiter().GetResult();
                if (result.TimedOut || result.ExitCode != 0)
                {
                    message = $"{program} ne répond pas correctement (code {result.ExitCode}) / {program} does not run correctly (exit code {result.ExitCode}).";
                    return false;
                }
            }
            catch (Win32Exception e)
            {
                message = $"{program} introuvable : installez poppler-utils / {program} not found: install poppler-utils ({e.Message}).";
                return false;
            }
        }
        message = "poppler-utils disponible / poppler-utils available.";
        return true;
    }

    /// <summary>
    /// True when the PdfPig worker starts under its limits and says it is ready; otherwise a message for the
    /// administrator. Without it PDFs are still read, by poppler, and say so in their detail.
    /// </summary>
    public static bool PdfWorkerAvailable(ExtractionOptions options, out string message)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (PdfPigWorker.FindProgram() is not { } program)
        {
            message = $"{PdfPigWorker.AssemblyFile} introuvable à côté de MMM.Statements.Core / not found beside MMM.Statements.Core.";
            return false;
        }
        try
        {
            using var worker = PdfPigWorker.StartAsync(program, options.Validated(), CancellationToken.None).GetAwaiter().GetResult();
            message = "lecteur PDF PdfPig disponible / PdfPig PDF worker available.";
            return true;
        }
        catch (PdfWorkerStartException e)
        {
            message = "le lecteur PDF PdfPig ne démarre pas / the PdfPig PDF worker does not start: " + e.Message;
            return false;
        }
    }

    private static async Task<byte[]> ReadHeadAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        var buffer = new byte[FormatSniffer.HeadLength];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
        return buffer[..total];
    }

    private static ExtractedDocument Refused(DocumentFormat format, ExtractionStatus status, string detail) => new()
    {
        Format = format,
        Status = status,
        Detail = detail,
    };
}

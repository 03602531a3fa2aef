using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Extraction;

/// <summary>The text Tesseract recognised on one page, before normalisation.</summary>
internal sealed record RecognizedPage(int Number, string Text);

/// <summary>
/// What text recognition read from a file: the pages it finished, in order, and why it stopped early if it did
/// (a page over its time limit, a program that died or is not installed).
/// </summary>
internal sealed record Recognition(IReadOnlyList<RecognizedPage> Pages, string Languages, ExtractorFailure? Failure);

/// <summary>
/// Reads pages that have no text layer (a scan) by optical character recognition: each page is rendered to a
/// grey-scale PNG by poppler's <c>pdftoppm</c>, then read by <c>tesseract</c>, both in the same jail as
/// <c>pdftotext</c> (argument list, address-space limit, capped pipes, the process tree killed on timeout). One page
/// gets <see cref="ExtractionOptions.OcrPageTimeout"/> for both steps; a page over it ends the file's recognition.
/// </summary>
public sealed class TextRecognizer
{
    public const string PdfToPpm = "pdftoppm";
    public const string TesseractProgram = "tesseract";

    /// <summary>The language packs used when the statement's language is not known (MMM writes mostly in French, then English).</summary>
    public const string UnknownLanguagePacks = "fra+eng";

    // Tesseract starts one thread per core by default; the machine reindexing also serves searches.
    private static readonly Dictionary<string, string> OneThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly ExtractionOptions _options;

    public TextRecognizer(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Validated();
    }

    /// <summary>
    /// Tesseract's language packs for an ISO 639-1 code or a language tag (<c>es</c>, <c>es-ES</c> → <c>spa</c>);
    /// null for a language without a pack here, or no language.
    /// </summary>
    public static string? LanguagePacks(string? language)
    {
        var primary = language?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            LanguageDetector.French or "fra" or "fre" => "fra",
            LanguageDetector.English or "eng" => "eng",
            LanguageDetector.Spanish or "spa" => "spa",
            _ => null,
        };
    }

    /// <summary>
    /// Recognises <paramref name="pages"/> (1-based) of the PDF at <paramref name="fullPath"/>. With no
    /// <paramref name="language"/> the first page with text is read with <see cref="UnknownLanguagePacks"/>, its
    /// language guessed, and the file read again in that language when it is another one (Spanish).
    /// </summary>
    internal async Task<Recognition> RecognizeAsync(string fullPath, IReadOnlyList<int> pages, string? language, CancellationToken cancellationToken)
    {
        var packs = LanguagePacks(language);
        var guessed = packs is not null;
        var read = new List<RecognizedPage>(pages.Count);
        var work = Directory.CreateTempSubdirectory("mmm-ocr-");
        try
        {
            foreach (var number in pages)
            {
                var (text, failure) = await PageAsync(fullPath, number, packs ?? UnknownLanguagePacks, work.FullName, cancellationToken).ConfigureAwait(false);
                if (failure is null && !guessed && text.Any(char.IsLetter))
                {
                    guessed = true;
                    packs = LanguagePacks(LanguageDetector.Detect(text)) is "spa" ? "spa" : UnknownLanguagePacks;
                    if (packs != UnknownLanguagePacks)
                    {
                        (text, failure) = await PageAsync(fullPath, number, packs, work.FullName, cancellationToken).ConfigureAwait(false);
                    }
                }
                if (failure is not null)
                {
                    return new Recognition(read, packs ?? UnknownLanguagePacks, failure);
                }
                read.Add(new RecognizedPage(number, text));
            }
            return new Recognition(read, packs ?? UnknownLanguagePacks, null);
        }
        catch (Win32Exception e)
        {
            return new Recognition(read, packs ?? UnknownLanguagePacks, new ExtractorFailure(TextExtractor.Tesseract, ExtractorFailureKind.NotStarted,
                $"reconnaissance de texte indisponible : installez poppler-utils et tesseract-ocr / text recognition unavailable: install poppler-utils and tesseract-ocr ({e.Message})"));
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The system's temporary folder is cleaned in time; a leftover page image is not worth failing a file.
            }
        }
    }

    private async Task<(string Text, ExtractorFailure? Failure)> PageAsync(
        string fullPath, int number, string packs, string work, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var page = number.ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(work, "page");
        var image = prefix + ".png";
        // -scale-to bounds the image whatever size the page claims: the long side of an A4 page at the chosen resolution.
        var longSide = ((int)Math.Round(_options.OcrDpi * 297 / 25.4)).ToString(CultureInfo.InvariantCulture);
        var render = await ChildProcess.RunAsync(
            PdfToPpm, ["-f", page, "-l", page, "-singlefile", "-gray", "-png", "-scale-to", longSide, fullPath, prefix],
            Limits(_options.OcrPageTimeout, 64 * 1024), cancellationToken).ConfigureAwait(false);
        try
        {
            if (render.TimedOut)
            {
                return ("", TimedOut(number));
            }
            if (render.ExitCode != 0 || !File.Exists(image))
            {
                return ("", Failed(PdfToPpm, number, render));
            }
            var remaining = _options.OcrPageTimeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return ("", TimedOut(number));
            }
            var recognised = await ChildProcess.RunAsync(
                TesseractProgram, [image, "stdout", "-l", packs], Limits(remaining, _options.MaxOutputBytes), OneThread, cancellationToken).ConfigureAwait(false);
            if (recognised.TimedOut)
            {
                return ("", TimedOut(number));
            }
            if (recognised.ExitCode != 0)
            {
                return ("", Failed(TesseractProgram, number, recognised));
            }
            // Tesseract ends each page with a form feed.
            return (Encoding.UTF8.GetString(recognised.Stdout).Replace('\f', '\n'), null);
        }
        finally
        {
            File.Delete(image);
        }
    }

    private ProcessLimits Limits(TimeSpan timeout, int maxStdout) => new()
    {
        Timeout = timeout,
        MemoryLimitBytes = _options.MemoryLimitBytes,
        MaxStdoutBytes = maxStdout,
    };

    private ExtractorFailure TimedOut(int page) => new(TextExtractor.Tesseract, ExtractorFailureKind.TimedOut,
        $"reconnaissance de texte arrêtée en page {page} après {_options.OcrPageTimeout.TotalSeconds:0.#} s / " +
        $"text recognition stopped on page {page} after {_options.OcrPageTimeout.TotalSeconds:0.#} s");

    private static ExtractorFailure Failed(string program, int page, ChildProcessResult result)
    {
        // A negative exit code is a signal: the address-space limit or a crash stopped the program.
        var kind = result.ExitCode < 0 || result.ExitCode > 128 ? ExtractorFailureKind.Crashed : ExtractorFailureKind.Threw;
        var line = result.FirstStderrLine;
        var why = line.Length > 300 ? line[..300] + "…" : line;
        return new ExtractorFailure(TextExtractor.Tesseract, kind,
            $"{program} (code {result.ExitCode}), page {page}" + (why.Length > 0 ? " : " + why : ""));
    }
}

namespace MMM.Statements.Model;

/// <summary>The container format of a statement file, sniffed from its bytes, not its extension.</summary>
public enum DocumentFormat
{
    Unknown,
    Pdf,
    Html,
}

/// <summary>
/// How extraction of one file ended: a typed outcome that each reader words in its own language (the site's
/// localization; <see cref="ExtractionMessages"/> for the console).
/// </summary>
public enum ExtractionStatus
{
    Extracted,
    NoTextLayer,
    PasswordProtected,
    Damaged,
    NotSupported,
    TimedOut,
    Empty,
    TooLarge,
}

/// <summary>The program whose text a document carries.</summary>
public enum TextExtractor
{
    /// <summary>No text: the file could not be read, or has no text layer.</summary>
    None,

    /// <summary>PdfPig, in the PDF worker process (content order).</summary>
    PdfPig,

    /// <summary>poppler's <c>pdftotext</c>, for PDFs PdfPig could not read.</summary>
    Poppler,

    /// <summary>AngleSharp, for HTML pages.</summary>
    AngleSharp,

    /// <summary>Tesseract's optical character recognition, for a PDF whose every page is an image (a scan).</summary>
    Tesseract,
}

/// <summary>How an extractor failed on a file, before another one was tried or the file was reported.</summary>
public enum ExtractorFailureKind
{
    /// <summary>The extractor's program could not be started (not installed, or the runtime refused its limits).</summary>
    NotStarted,

    /// <summary>The process died on the file (a stack overflow, the address-space limit, a signal).</summary>
    Crashed,

    /// <summary>The file took longer than its time limit.</summary>
    TimedOut,

    /// <summary>The extractor reached its memory ceiling.</summary>
    OutOfMemory,

    /// <summary>The extractor reported an error it could not read past (damaged, encrypted, unsupported).</summary>
    Threw,

    /// <summary>The process sent more than its output cap.</summary>
    OutputCap,

    /// <summary>A page draws text but the extractor got none from it.</summary>
    EmptyPage,
}

/// <summary>One extractor's failure on a file, kept with the document so the build and the admin page can say it.</summary>
public sealed record ExtractorFailure(TextExtractor Extractor, ExtractorFailureKind Kind, string Detail);

/// <summary>One page of extracted text; HTML documents have a single page numbered 1.</summary>
public sealed record ExtractedPage(int Number, string Text);

/// <summary>The masthead of a UN document: its own symbol, distribution, date and original language.</summary>
public sealed record UnMasthead(string? Symbol, string? Distribution, DateOnly? Date, string? OriginalLanguage);

/// <summary>What an extractor read from one file, before tagging.</summary>
public sealed record ExtractedDocument
{
    public required DocumentFormat Format { get; init; }
    public required ExtractionStatus Status { get; init; }

    /// <summary>Extra detail for the status (e.g. poppler's first error line); may be empty.</summary>
    public string Detail { get; init; } = "";

    public string? Title { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>ISO 639-1 code from metadata (<c>html lang</c>, masthead <c>Original:</c>), or null.</summary>
    public string? DeclaredLanguage { get; init; }

    public IReadOnlyList<ExtractedPage> Pages { get; init; } = [];

    public UnMasthead? Masthead { get; init; }

    /// <summary>The lead line of a news page, e.g. <c>ONU New York, CSocD64 – …</c>.</summary>
    public string? LeadLine { get; init; }

    /// <summary>Links from an HTML page to PDF files, as written in the page (relative or absolute URLs).</summary>
    public IReadOnlyList<string> PdfLinks { get; init; } = [];

    public string? Author { get; init; }

    /// <summary>Which extractor's text <see cref="Pages"/> holds.</summary>
    public TextExtractor Extractor { get; init; }

    /// <summary>Extractors that failed on this file, in the order they were tried (PdfPig before poppler).</summary>
    public IReadOnlyList<ExtractorFailure> ExtractorFailures { get; init; } = [];

    /// <summary>The language the file's own metadata declares (a PDF catalog's <c>/Lang</c>), as written.</summary>
    public string? MetadataLanguage { get; init; }

    /// <summary>When the file says it was made (the PDF's creation date): when it was printed, not the statement's date.</summary>
    public DateOnly? CreationDate { get; init; }

    /// <summary>
    /// Numbers of the pages whose text Tesseract recognised from their image (they had no text layer), in page order;
    /// empty when every page's text was drawn as text. Kept in the index with the file, so pages and snippets can say so.
    /// </summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>Pages the file has, which may be more than <see cref="Pages"/> holds when a page cap applied.</summary>
    public int? FilePageCount { get; init; }
    public int PageCount => Pages.Count;

    public string Text => string.Join("\n\n", Pages.Select(p => p.Text));

    public bool Succeeded => Status == ExtractionStatus.Extracted;
}

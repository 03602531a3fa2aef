namespace MMM.Statements.Extraction;

/// <summary>Limits applied to every file so that one hostile or broken file cannot stall or exhaust a reindex.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Wall-clock budget for one file (both poppler runs together for a PDF).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Address-space limit of each poppler process.</summary>
    public long MemoryLimitBytes { get; init; } = 1L << 30;

    /// <summary>Pages read from a PDF (<c>pdftotext -l</c>); the rest of a longer document is left out.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Bytes of extracted text kept from one file.</summary>
    public int MaxOutputBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted in an HTML page before parsing.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Read PDFs with PdfPig first (in the worker), poppler behind it; false reads them with poppler only.</summary>
    public bool UsePdfPig { get; init; } = true;

    /// <summary>Warm PDF workers at most, each reading one file at a time; never more than the cores.</summary>
    public int PdfWorkers { get; init; } = Environment.ProcessorCount;

    /// <summary>Time PdfPig gets for a file before its page count is known, and on top of the per-page time after.</summary>
    public TimeSpan PdfPigBaseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time PdfPig gets for each page it reads (up to <see cref="MaxPages"/>).</summary>
    public TimeSpan PdfPigTimePerPage { get; init; } = TimeSpan.FromSeconds(0.25);

    /// <summary>The most time PdfPig gets for one file, however many pages it has.</summary>
    public TimeSpan PdfPigMaxTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The worker's managed-heap ceiling (<c>DOTNET_GCHeapHardLimit</c>): past it PdfPig gets an out-of-memory
    /// exception that the worker reports, instead of growing to gigabytes on a compression bomb.
    /// </summary>
    public long PdfWorkerHeapLimitBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// The worker's address-space limit (RLIMIT_AS), for native memory. The .NET runtime reserves address space at
    /// start, so it cannot start under poppler's 1 GiB; under 3 GiB it starts with a 512 MiB heap ceiling.
    /// </summary>
    public long PdfWorkerAddressSpaceBytes { get; init; } = 3L << 30;

    /// <summary>How long a new worker may take to start (the runtime's cold start on a loaded machine).</summary>
    public TimeSpan PdfWorkerStartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An idle worker is stopped after this long, so none outlives the build that started it by much.</summary>
    public TimeSpan PdfWorkerIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Read the pages of a PDF that have no text layer (a scan) with Tesseract: each page is rendered by poppler's
    /// <c>pdftoppm</c> and recognised by <c>tesseract</c>, both jailed like <c>pdftotext</c>. False leaves such pages without text.
    /// </summary>
    public bool UseOcr { get; init; } = true;

    /// <summary>Pages of one file that text recognition reads at most; the pages after them stay without text.</summary>
    public int OcrMaxPages { get; init; } = 20;

    /// <summary>
    /// Time one page gets to be rendered and recognised (a 300 dpi A4 page takes 2–5 s on one core). A page that takes
    /// longer ends the recognition of its file: the pages read before it are kept, the later ones stay without text.
    /// </summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Resolution a page is rendered at for recognition; Tesseract reads best at 300 dpi.</summary>
    public int OcrDpi { get; init; } = 300;

    public static ExtractionOptions Default { get; } = new();

    /// <summary>PdfPig's time limit for a file of <paramref name="pages"/> pages (null before the count is known).</summary>
    public TimeSpan PdfPigTimeout(int? pages)
    {
        var read = Math.Min(pages ?? 0, MaxPages);
        var scaled = PdfPigBaseTimeout + PdfPigTimePerPage * read;
        return scaled < PdfPigMaxTimeout ? scaled : PdfPigMaxTimeout;
    }

    /// <summary>Throws when a limit is zero or negative: a misconfigured limit must fail at start-up, not per file.</summary>
    public ExtractionOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MemoryLimitBytes, nameof(MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPages, nameof(MaxPages));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxOutputBytes, nameof(MaxOutputBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxHtmlDepth, nameof(MaxHtmlDepth));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PdfWorkers, nameof(PdfWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PdfPigBaseTimeout, TimeSpan.Zero, nameof(PdfPigBaseTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(PdfPigTimePerPage, TimeSpan.Zero, nameof(PdfPigTimePerPage));
        ArgumentOutOfRangeException.ThrowIfLessThan(PdfPigMaxTimeout, PdfPigBaseTimeout, nameof(PdfPigMaxTimeout));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PdfWorkerHeapLimitBytes, nameof(PdfWorkerHeapLimitBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(PdfWorkerAddressSpaceBytes, PdfWorkerHeapLimitBytes, nameof(PdfWorkerAddressSpaceBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PdfWorkerStartTimeout, TimeSpan.Zero, nameof(PdfWorkerStartTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PdfWorkerIdleTimeout, TimeSpan.Zero, nameof(PdfWorkerIdleTimeout));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(OcrMaxPages, nameof(OcrMaxPages));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(OcrPageTimeout, TimeSpan.Zero, nameof(OcrPageTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(OcrDpi, 50, nameof(OcrDpi));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OcrDpi, 600, nameof(OcrDpi));
        return this;
    }
}

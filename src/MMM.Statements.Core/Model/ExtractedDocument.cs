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
    public int PageCount => Pages.Count;

    public string Text => string.Join("\n\n", Pages.Select(p => p.Text));

    public bool Succeeded => Status == ExtractionStatus.Extracted;
}

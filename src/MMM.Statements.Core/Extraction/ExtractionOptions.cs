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

    public static ExtractionOptions Default { get; } = new();

    /// <summary>Throws when a limit is zero or negative: a misconfigured limit must fail at start-up, not per file.</summary>
    public ExtractionOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MemoryLimitBytes, nameof(MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPages, nameof(MaxPages));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxOutputBytes, nameof(MaxOutputBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxHtmlDepth, nameof(MaxHtmlDepth));
        return this;
    }
}

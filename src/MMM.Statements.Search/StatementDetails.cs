using MMM.Statements.Model;

namespace MMM.Statements.Search;

/// <summary>
/// One file of a statement, as the statement page lists it; <paramref name="OcrPages"/> are the pages whose text was
/// recognised from their image (a scan), which the page tells the reader.
/// </summary>
public sealed record StatementFile(int Number, string Path, string FileName, DocumentFormat Format, ExtractionStatus Status, string Detail, int Pages,
    IReadOnlyList<int> OcrPages);

/// <summary>Everything the statement page shows.</summary>
public sealed record StatementDetails
{
    public required SearchHit Summary { get; init; }
    public IReadOnlyList<string> CitedSymbols { get; init; } = [];
    public IReadOnlyList<StatementFile> Files { get; init; } = [];

    /// <summary>Text per page of each file, in file then page order.</summary>
    public IReadOnlyList<(int File, int Page, string Text)> Pages { get; init; } = [];

    public IReadOnlyList<SearchHit> Related { get; init; } = [];

    /// <summary>What the statement asks for, in reading order.</summary>
    public IReadOnlyList<AskEntry> Asks { get; init; } = [];
}

/// <summary>Per-facet counts of the live index and the failures of its build.</summary>
public sealed record IndexStats
{
    public required BuildInfo Build { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    /// <summary>Files no statement holds: their extraction failed and nothing else stands for them.</summary>
    public IReadOnlyList<Indexing.IndexFailure> Failures { get; init; } = [];

    /// <summary>Files whose text could not be read (a scan, a protected or damaged file) but whose statement is indexed from its metadata (the file's, its sidecar's).</summary>
    public IReadOnlyList<Indexing.IndexFailure> IndexedWithoutText { get; init; } = [];
}

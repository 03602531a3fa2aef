using MMM.Statements.Model;

namespace MMM.Statements.Search.Indexing;

/// <summary>One file of a statement as the index stores it.</summary>
public sealed record IndexedFile
{
    /// <summary>1-based number of the file within its statement (the download URL uses it).</summary>
    public required int Number { get; init; }

    /// <summary>Path relative to the source directory, with forward slashes.</summary>
    public required string Path { get; init; }

    public required string Hash { get; init; }
    public required long Size { get; init; }
    public required long ModifiedUnixSeconds { get; init; }
    public string? SidecarHash { get; init; }
    public required ExtractedDocument Extracted { get; init; }
}

/// <summary>A statement ready to be written into an index: its tags and its files with their text.</summary>
public sealed record StatementRecord
{
    public required string Id { get; init; }
    public required StatementTags Tags { get; init; }
    public required IReadOnlyList<IndexedFile> Files { get; init; }

    /// <summary>Statements sharing a version group are language versions of one another (same base symbol).</summary>
    public string? VersionGroup { get; init; }
}

/// <summary>A file that failed, with its reason (listed in the build report).</summary>
public sealed record IndexFailure(string Path, ExtractionStatus Status, string Detail, string? Hash = null);

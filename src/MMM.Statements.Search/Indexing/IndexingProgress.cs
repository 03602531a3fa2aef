namespace MMM.Statements.Search.Indexing;

/// <summary>Stages of a build, in order.</summary>
public enum IndexingStage
{
    Discovering,
    Extracting,
    Tagging,
    Writing,
    Verifying,
    Done,
}

/// <summary>Where a build is; reported through <see cref="IProgress{T}"/>.</summary>
public sealed record IndexingProgress(IndexingStage Stage, int Done, int Total, string? CurrentFile, TimeSpan Elapsed)
{
    /// <summary>Estimated time left in the current stage, from the rate so far.</summary>
    public TimeSpan? Remaining => Done > 0 && Total > Done ? Elapsed / Done * (Total - Done) : null;
}

/// <summary>A build was asked for while another one runs (in this process or another).</summary>
public sealed class BuildAlreadyRunningException(string message) : Exception(message);

/// <summary>Where the indexer reads and writes, and how hard it works.</summary>
public sealed record IndexerOptions
{
    public required string SourceDirectory { get; init; }
    public required string IndexDirectory { get; init; }
    public Extraction.ExtractionOptions Extraction { get; init; } = new();

    /// <summary>Files extracted at once; 2 suits the two-core machines this runs on.</summary>
    public int Parallelism { get; init; } = 2;

}

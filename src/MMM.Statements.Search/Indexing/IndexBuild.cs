using System.Diagnostics;
using System.Globalization;
using MMM.Statements.Analysis;

namespace MMM.Statements.Search.Indexing;

/// <summary>What a build reports when it is done.</summary>
public sealed record BuildSummary(int Statements, int Files, int Failed, int Unchanged, TimeSpan Elapsed, string IndexFile, bool Changed, IReadOnlyList<IndexFailure> Failures)
{
    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"indexed {Statements} statements ({Files} files), {Failed} failed, {Unchanged} unchanged in {Elapsed.TotalSeconds:0.0} s");
}

/// <summary>Writes a complete index file from statements, verifies it and publishes it; a failure leaves the live index as it was.</summary>
internal static class IndexBuild
{
    /// <summary>The build mode recorded by a build that appended statements to a copy of the live index.</summary>
    public const string AppendMode = "append";

    public static BuildSummary WriteAndPublish(IndexStore store, IEnumerable<StatementRecord> statements, IReadOnlyList<IndexFailure> failures,
        string mode, int unchanged, string taxonomyHash, Stopwatch clock, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken) =>
        Build(store, null, statements, failures, mode, unchanged, taxonomyHash, clock, progress, cancellationToken);

    /// <summary>
    /// Publishes a copy of <paramref name="livePath"/> with <paramref name="added"/> after its statements: the cheap
    /// path when a build only adds statements (the usual publication), verified like any other build.
    /// </summary>
    public static BuildSummary AppendAndPublish(IndexStore store, string livePath, IEnumerable<StatementRecord> added, IReadOnlyList<IndexFailure> failures,
        int unchanged, string taxonomyHash, Stopwatch clock, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken) =>
        Build(store, livePath, added, failures, AppendMode, unchanged, taxonomyHash, clock, progress, cancellationToken);

    /// <remarks>
    /// <see cref="IndexingStage.Done"/> is reported as soon as the new index is published, before the superseded files are
    /// removed (an unlink of up to 2 GB, 0.4 s at 100,000 statements), so that a site can switch its searches to it at once.
    /// </remarks>
    private static BuildSummary Build(IndexStore store, string? copyOf, IEnumerable<StatementRecord> statements, IReadOnlyList<IndexFailure> failures,
        string mode, int unchanged, string taxonomyHash, Stopwatch clock, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var path = store.NewBuildPath();
        int count, files;
        try
        {
            if (copyOf is null)
            {
                store.DropSpare();
            }
            else if (!store.TakeSpare(copyOf, path))
            {
                // The live file was checkpointed before it was published and is never written again: a plain copy is whole.
                File.Copy(copyOf, path);
            }
            using (var writer = new IndexWriter(path, append: copyOf is not null))
            {
                foreach (var statement in statements)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.Add(statement);
                }
                count = writer.StatementCount;
                files = writer.FileCount;
                var meta = new Dictionary<string, string>
                {
                    [IndexSchema.Meta.SchemaVersion] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.AnalyzerVersion] = TextAnalyzer.Version.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.BuiltAt] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.BuildMode] = mode,
                    [IndexSchema.Meta.Statements] = count.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Files] = files.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Failed] = failures.Count.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Unchanged] = unchanged.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Seconds] = clock.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.TaxonomyHash] = taxonomyHash,
                };
                if (copyOf is not null)
                {
                    meta[IndexSchema.Meta.AppendedTo] = Path.GetFileName(copyOf);
                }
                cancellationToken.ThrowIfCancellationRequested();
                writer.Complete(meta, failures);
            }
            cancellationToken.ThrowIfCancellationRequested();
            store.Publish(path);
        }
        catch
        {
            // The pointer did not move (Publish renames it last): the live index is untouched; the half-written file goes.
            if (store.CurrentPath() != path)
            {
                IndexStore.DeleteWithCompanions(path);
            }
            throw;
        }
        progress?.Report(new IndexingProgress(IndexingStage.Done, count, count, null, clock.Elapsed));
        try
        {
            store.CleanUp();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new index is live; what the clean-up could not remove now, the next build's clean-up removes.
        }
        return new BuildSummary(count, files, failures.Count, unchanged, clock.Elapsed, Path.GetFileName(path), true, failures);
    }
}

using System.Diagnostics;
using System.Globalization;
using MMM.Statements.Analysis;

namespace MMM.Statements.Search.Indexing;

/// <summary>What a build reports when it is done.</summary>
public sealed record BuildSummary(int Statements, int Files, int Failed, int Unchanged, TimeSpan Elapsed, string IndexFile, bool Changed, IReadOnlyList<IndexFailure> Failures)
{
    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"indexed {Statements} statements ({Files} files), {Failed} failed, {Unchanged} unchanged in {Elapsed.TotalSeconds:0.0} s");

    /// <summary>After an append, what it wrote, to write it again onto the file it superseded (see <see cref="IndexBuild.TryRecycle"/>).</summary>
    internal AppendReplay? Replay { get; init; }
}

/// <summary>
/// An append as published: the file it started from (a copy of <paramref name="BaseName"/>), the file it published, and
/// everything it wrote — the statements, the build facts and the failures — so that writing them again onto
/// <paramref name="BaseName"/> makes the same file.
/// </summary>
internal sealed record AppendReplay(string BaseName, string ResultName, IReadOnlyList<StatementRecord> Added, IReadOnlyDictionary<string, string> Meta,
    IReadOnlyList<IndexFailure> Failures);

/// <summary>Writes a complete index file from statements, verifies it and publishes it; a failure leaves the live index as it was.</summary>
internal static class IndexBuild
{
    /// <summary>The build mode recorded by a build that appended statements to a copy of the live index.</summary>
    public const string AppendMode = "append";

    /// <summary>How long making a spare waits for the searches still reading the superseded file to finish.</summary>
    private static readonly TimeSpan ReaderPatience = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Writes a whole new index and publishes it; with <paramref name="spare"/>, copies it to its spare first (see
    /// <see cref="IndexerOptions.SpareBeforePublishing"/>).
    /// </summary>
    public static BuildSummary WriteAndPublish(IndexStore store, IEnumerable<StatementRecord> statements, IReadOnlyList<IndexFailure> failures,
        string mode, bool spare, int unchanged, string taxonomyHash, Stopwatch clock, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken) =>
        Build(store, null, null, spare, statements, failures, mode, unchanged, taxonomyHash, clock, progress, cancellationToken).Summary;

    /// <summary>
    /// Publishes a copy of <paramref name="livePath"/> with <paramref name="added"/> after its statements: the cheap
    /// path when a build only adds statements (the usual publication), verified like any other build. The copy is the
    /// spare when one is whole, else one made from <paramref name="lastAppend"/> (the append that published the live
    /// file, see <see cref="TryRecycle"/>), else a copy made now.
    /// </summary>
    public static BuildSummary AppendAndPublish(IndexStore store, string livePath, AppendReplay? lastAppend, IReadOnlyList<StatementRecord> added,
        IReadOnlyList<IndexFailure> failures, int unchanged, string taxonomyHash, Stopwatch clock, IProgress<IndexingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var (summary, meta) = Build(store, livePath, lastAppend, false, added, failures, AppendMode, unchanged, taxonomyHash, clock, progress, cancellationToken);
        return summary with { Replay = new AppendReplay(Path.GetFileName(livePath), summary.IndexFile, added, meta, failures) };
    }

    /// <summary>
    /// Makes the spare of the live index without copying it, when the live index was published by <paramref name="append"/>:
    /// the file that append superseded is written again with what the append wrote, which makes the same file, and becomes the spare.
    /// About what the append cost (a fraction of a second) instead of copying and syncing the whole index (1.7 GB of
    /// writes at 100,000 statements, 2.6–6.5 s depending on the disk). Only once no generation reads the superseded file, in any process (each
    /// holds <see cref="IndexFileLock"/> on its file); else, or off Linux, false, and the caller copies. Call only while
    /// holding the build lock. Whatever fails, the superseded file is gone and the live index untouched.
    /// </summary>
    public static bool TryRecycle(IndexStore store, AppendReplay append, CancellationToken cancellationToken)
    {
        var live = store.CurrentPath();
        if (live is null || Path.GetFileName(live) != append.ResultName)
        {
            return false;
        }
        var superseded = Path.Combine(store.Directory, append.BaseName);
        using var alone = IndexFileLock.TryTakeAlone(superseded, ReaderPatience, cancellationToken);
        if (alone is null)
        {
            return false;
        }
        var temp = store.SparePath(append.ResultName) + ".tmp";
        try
        {
            // Out of the generations' names first: a reader that read the old pointer finds no file by that name.
            File.Move(superseded, temp, overwrite: true);
            IndexStore.DeleteWithCompanions(superseded);
            Write(temp, append: true, append.Added, _ => append.Meta, append.Failures, cancellationToken);
            return store.AdoptSpare(temp, live);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or IndexCorruptException)
        {
            return false;
        }
        finally
        {
            IndexStore.DeleteWithCompanions(temp);
        }
    }

    /// <remarks>
    /// <see cref="IndexingStage.Done"/> is reported as soon as the new index is published, before the superseded files are
    /// removed (an unlink of up to 2 GB, 0.4 s at 100,000 statements), so that a site can switch its searches to it at once.
    /// </remarks>
    private static (BuildSummary Summary, IReadOnlyDictionary<string, string> Meta) Build(IndexStore store, string? copyOf, AppendReplay? lastAppend,
        bool spareFirst, IEnumerable<StatementRecord> statements, IReadOnlyList<IndexFailure> failures, string mode, int unchanged, string taxonomyHash,
        Stopwatch clock, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var path = store.NewBuildPath();
        int count, files;
        IReadOnlyDictionary<string, string> written;
        try
        {
            if (copyOf is null)
            {
                store.DropSpare();
            }
            else if (!store.TakeSpare(copyOf, path)
                && !(lastAppend is not null && TryRecycle(store, lastAppend, cancellationToken) && store.TakeSpare(copyOf, path)))
            {
                // The live file was checkpointed before it was published and is never written again: a plain copy is whole.
                File.Copy(copyOf, path);
            }
            (count, files, written) = Write(path, append: copyOf is not null, statements, writer =>
            {
                var meta = new Dictionary<string, string>
                {
                    [IndexSchema.Meta.SchemaVersion] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.AnalyzerVersion] = TextAnalyzer.Version.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.BuiltAt] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.BuildMode] = mode,
                    [IndexSchema.Meta.Statements] = writer.StatementCount.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Files] = writer.FileCount.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Failed] = failures.Count.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Unchanged] = unchanged.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.Seconds] = clock.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
                    [IndexSchema.Meta.TaxonomyHash] = taxonomyHash,
                };
                if (copyOf is not null)
                {
                    meta[IndexSchema.Meta.AppendedTo] = Path.GetFileName(copyOf);
                }
                return meta;
            }, failures, cancellationToken);
            if (spareFirst)
            {
                store.CopyToSpare(path, cancellationToken);
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
                File.Delete(store.SparePath(Path.GetFileName(path)));
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
        return (new BuildSummary(count, files, failures.Count, unchanged, clock.Elapsed, Path.GetFileName(path), true, failures), written);
    }

    /// <summary>Writes <paramref name="statements"/> into the file at <paramref name="path"/> (after the ones it holds, with <paramref name="append"/>) and completes it with the build facts <paramref name="meta"/> gives.</summary>
    private static (int Count, int Files, IReadOnlyDictionary<string, string> Meta) Write(string path, bool append, IEnumerable<StatementRecord> statements,
        Func<IndexWriter, IReadOnlyDictionary<string, string>> meta, IReadOnlyList<IndexFailure> failures, CancellationToken cancellationToken)
    {
        using var writer = new IndexWriter(path, append);
        foreach (var statement in statements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Add(statement);
        }
        var facts = meta(writer);
        cancellationToken.ThrowIfCancellationRequested();
        writer.Complete(facts, failures);
        return (writer.StatementCount, writer.FileCount, facts);
    }
}

using System.Globalization;
using MMM.Statements.Tagging;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// Puts a checked upload into the corpus: <c>statements/&lt;year&gt;/&lt;slug of the title&gt;.&lt;ext&gt;</c>, a name the
/// server chooses and makes unique, plus a sidecar with the fields staff corrected. Files arrive by copy to a
/// temporary name in the target folder and a rename, so the indexer never reads half a file.
/// </summary>
public sealed class StatementPublisher(string sourceDirectory, UploadQuarantine quarantine, Taxonomy taxonomy)
{
    /// <summary>Publishes and returns the new file's path relative to the corpus (with '/').</summary>
    public string Publish(PendingUpload pending, StatementFields corrected)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(corrected);
        var fields = corrected.Normalized();
        var year = fields.Year(taxonomy, pending.FallbackYear).ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(sourceDirectory, year);
        Directory.CreateDirectory(folder);
        var name = CorpusPaths.UniqueName(folder, CorpusPaths.Slug(fields.Title), pending.Extension);
        var target = Path.Combine(folder, name);
        // The sidecar first: a build that runs in between sees a sidecar without its file, which it ignores.
        if (fields.SidecarJsonComparedTo(pending.Detected) is { } json)
        {
            CorpusPaths.WriteAtomically(target + CorpusPaths.SidecarSuffix, json);
        }
        CorpusPaths.CopyAtomically(quarantine.FileOf(pending), target);
        quarantine.Discard(pending.Id);
        return year + "/" + name;
    }

    /// <summary>
    /// Puts the file of <paramref name="pending"/> in place of <paramref name="relativePath"/> (same format); the old
    /// file goes to the trash so that it can be restored. Returns the trash entry of the old file.
    /// </summary>
    public string Replace(PendingUpload pending, string relativePath, StatementTrash trash)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(trash);
        var target = CorpusPaths.Inside(sourceDirectory, relativePath) ?? throw new ArgumentException("path outside the corpus", nameof(relativePath));
        var staged = Path.Combine(Path.GetDirectoryName(target)!, "." + Guid.NewGuid().ToString("N") + ".tmp");
        File.Copy(quarantine.FileOf(pending), staged);
        try
        {
            var entry = trash.MoveToTrash([relativePath], "replaced", includeSidecars: false);
            File.Move(staged, target);
            quarantine.Discard(pending.Id);
            return entry;
        }
        finally
        {
            if (File.Exists(staged))
            {
                File.Delete(staged);
            }
        }
    }
}

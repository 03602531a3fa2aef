using System.Security.Cryptography;
using MMM.Statements.Search;
using MMM.Statements.Tagging;

namespace MMM.Statements.Web.Admin;

/// <summary>What differs between <c>statements/</c> and the live index: what the next update build will pick up.</summary>
public sealed record DiskChangeList(IReadOnlyList<string> Added, IReadOnlyList<string> Modified, IReadOnlyList<string> Removed)
{
    public bool None => Added.Count == 0 && Modified.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// Compares the corpus folder with the files the live index recorded (path, size, modification time, SHA-256,
/// sidecar hash) the way the indexer does: a file whose size and time match is unchanged, otherwise its bytes decide.
/// </summary>
public static class DiskChanges
{
    private static readonly string[] Extensions = [".pdf", ".html", ".htm"];

    private sealed record Known(long Size, long Modified, string Hash, string? SidecarHash);

    /// <summary>The changes, or null when there is no live index to compare with or it cannot be read.</summary>
    public static DiskChangeList? Compute(StatementIndex index, string sourceDirectory)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Info is null || !Directory.Exists(sourceDirectory))
        {
            return null;
        }
        var known = ReadKnown(index);
        if (known is null)
        {
            return null;
        }
        var added = new List<string>();
        var modified = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(sourceDirectory, "*", enumeration))
        {
            var relative = Path.GetRelativePath(sourceDirectory, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')) || !Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                continue;
            }
            seen.Add(relative);
            if (!known.TryGetValue(relative, out var old))
            {
                added.Add(relative);
                continue;
            }
            var file = new FileInfo(path);
            var mtime = new DateTimeOffset(file.LastWriteTimeUtc).ToUnixTimeSeconds();
            var sameBytes = (file.Length == old.Size && mtime == old.Modified) || HashOf(path) == old.Hash;
            var sidecar = StatementSidecar.CandidatePaths(path).FirstOrDefault(File.Exists);
            var sidecarHash = sidecar is null ? null : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sidecar)));
            // Failures record no sidecar: only their bytes count.
            if (!sameBytes || (old.SidecarHash != "-" && old.SidecarHash != sidecarHash))
            {
                modified.Add(relative);
            }
        }
        var removed = known.Keys.Where(k => !seen.Contains(k)).Order(StringComparer.Ordinal).ToList();
        added.Sort(StringComparer.Ordinal);
        modified.Sort(StringComparer.Ordinal);
        return new DiskChangeList(added, modified, removed);
    }

    private static Dictionary<string, Known>? ReadKnown(StatementIndex index)
    {
        var known = new Dictionary<string, Known>(StringComparer.Ordinal);
        foreach (var file in index.IndexedFiles())
        {
            if (file.Hash is not null && !(file.Failed && known.ContainsKey(file.Path)))
            {
                // Failures record no sidecar: only their bytes count.
                known[file.Path] = new Known(file.Size, file.ModifiedUnixSeconds, file.Hash, file.Failed ? "-" : file.SidecarHash);
            }
        }
        return index.Info is null ? null : known;
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

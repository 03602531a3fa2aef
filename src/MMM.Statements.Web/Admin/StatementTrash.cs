using System.Globalization;

namespace MMM.Statements.Web.Admin;

/// <summary>One folder of the trash: the files of one deleted (or replaced) statement, by their old relative paths.</summary>
public sealed record TrashEntry(string Name, DateTimeOffset DeletedAt, string Label, IReadOnlyList<string> Files);

/// <summary>Whether a restore happened.</summary>
public enum RestoreOutcome
{
    Restored,
    NotFound,
    NameTaken,
}

/// <summary>
/// <c>statements/.trash/&lt;timestamp&gt;-&lt;label&gt;/</c> (the indexer skips dot-folders): deleted statements keep their
/// relative paths inside, so restoring puts every file back where it was — unless that name is taken again.
/// </summary>
public sealed class StatementTrash(string sourceDirectory, TimeProvider time)
{
    private const string StampFormat = "yyyyMMdd'T'HHmmss";

    private string Root => Path.Combine(sourceDirectory, CorpusPaths.TrashFolder);

    /// <summary>Moves the files (and their sidecars) into a new trash folder; returns its name.</summary>
    public string MoveToTrash(IReadOnlyList<string> relativePaths, string label, bool includeSidecars = true)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        var moves = new List<(string From, string To)>();
        var name = time.GetUtcNow().ToString(StampFormat, CultureInfo.InvariantCulture) + "-" + CorpusPaths.Slug(label);
        var folder = Path.Combine(Root, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(Root, name + "-" + n.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var relative in relativePaths)
        {
            var source = CorpusPaths.Inside(sourceDirectory, relative);
            if (source is null || !File.Exists(source))
            {
                continue;
            }
            moves.Add((source, Path.Combine(folder, Rel(source))));
            if (includeSidecars)
            {
                moves.AddRange(CorpusPaths.ExistingSidecars(source).Select(s => (s, Path.Combine(folder, Rel(s)))));
            }
        }
        if (moves.Count == 0)
        {
            throw new FileNotFoundException("none of the statement's files is on disk");
        }
        foreach (var (from, to) in moves)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Move(from, to);
        }
        return Path.GetFileName(folder);
    }

    /// <summary>The trash, newest first.</summary>
    public IReadOnlyList<TrashEntry> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }
        var entries = new List<TrashEntry>();
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            var stamp = name.Length >= 15 && DateTime.TryParseExact(name[..15], StampFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when) ? new DateTimeOffset(when, TimeSpan.Zero) : Directory.GetCreationTimeUtc(folder);
            entries.Add(new TrashEntry(name, stamp, name.Length > 16 ? name[16..] : name, files));
        }
        return entries.OrderByDescending(e => e.DeletedAt).ThenByDescending(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Moves an entry's files back to their places; refuses (moving nothing) if any of those names is taken.</summary>
    public RestoreOutcome Restore(string name, out IReadOnlyList<string> restored)
    {
        restored = [];
        if (string.IsNullOrEmpty(name) || name.Contains('/') || name.Contains('\\') || name.StartsWith('.'))
        {
            return RestoreOutcome.NotFound;
        }
        var folder = CorpusPaths.Inside(Root, name);
        if (folder is null || !Directory.Exists(folder))
        {
            return RestoreOutcome.NotFound;
        }
        var moves = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (From: f, Relative: Path.GetRelativePath(folder, f)))
            .Select(m => (m.From, m.Relative, To: CorpusPaths.Inside(sourceDirectory, m.Relative)))
            .ToList();
        if (moves.Count == 0)
        {
            return RestoreOutcome.NotFound;
        }
        if (moves.Any(m => m.To is null || File.Exists(m.To)))
        {
            return RestoreOutcome.NameTaken;
        }
        foreach (var (from, _, to) in moves)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to!)!);
            File.Move(from, to!);
        }
        Directory.Delete(folder, recursive: true);
        restored = moves.Select(m => m.Relative.Replace(Path.DirectorySeparatorChar, '/')).ToList();
        return RestoreOutcome.Restored;
    }

    private string Rel(string full) => Path.GetRelativePath(sourceDirectory, full);
}

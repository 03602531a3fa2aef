using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// The index directory: one file per build (<c>index-&lt;utc-timestamp&gt;.db</c>), a pointer file <c>CURRENT</c> that
/// names the live one (replaced by write-to-temp, fsync, rename), and a lock file that makes builds single-flight
/// across processes. Superseded files are removed one generation late, so readers of the previous one can finish; a file
/// superseded by an append is instead made into the next spare once no reader holds it (see <see cref="IndexBuild.TryRecycle"/>).
/// </summary>
internal sealed class IndexStore
{
    public const string PointerFileName = "CURRENT";
    public const string LockFileName = "build.lock";
    private const string Prefix = "index-";
    private const string Extension = ".db";
    private const string SparePrefix = "spare-";

    public IndexStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    public string PointerPath => Path.Combine(Directory, PointerFileName);

    private string LockPath => Path.Combine(Directory, LockFileName);

    /// <summary>The live index file, or null when none has been published (or the pointer names a missing file).</summary>
    public string? CurrentPath()
    {
        var name = CurrentName();
        return name is null ? null : Path.Combine(Directory, name);
    }

    public string? CurrentName()
    {
        try
        {
            var name = File.ReadAllText(PointerPath, Encoding.UTF8).Trim();
            return IsIndexFileName(name) ? name : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A fresh path for a new build; later builds sort after earlier ones.</summary>
    public string NewBuildPath()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var path = Path.Combine(Directory, Prefix + stamp + Extension);
        for (var n = 1; File.Exists(path); n++)
        {
            path = Path.Combine(Directory, $"{Prefix}{stamp}-{n}{Extension}");
        }
        return path;
    }

    /// <summary>Makes <paramref name="indexPath"/> the live index, atomically: readers see the old or the new name, never neither.</summary>
    public void Publish(string indexPath)
    {
        var name = Path.GetFileName(indexPath);
        if (!IsIndexFileName(name) || !File.Exists(indexPath))
        {
            throw new ArgumentException($"not an index file: {indexPath}", nameof(indexPath));
        }
        TestHooks.BeforePublish?.Invoke(indexPath);
        var temp = PointerPath + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(name + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, PointerPath, overwrite: true);
        FsyncDirectory();
        TestHooks.AfterPublish?.Invoke(indexPath);
    }

    /// <summary>
    /// Removes what an interrupted build left (files newer than the live one) and generations older than the
    /// previous one. Call only while holding the build lock.
    /// </summary>
    public IReadOnlyList<string> CleanUp()
    {
        var removed = new List<string>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return removed;
        }
        var current = CurrentName();
        var indexes = System.IO.Directory.GetFiles(Directory, Prefix + "*" + Extension)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsIndexFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var older = current is null ? [] : indexes.Where(n => string.CompareOrdinal(n, current) < 0).ToList();
        var keepPrevious = older.Count > 0 ? older[^1] : null;
        foreach (var name in indexes)
        {
            if (name == current || name == keepPrevious)
            {
                continue;
            }
            DeleteWithCompanions(Path.Combine(Directory, name));
            removed.Add(name);
        }
        foreach (var stray in System.IO.Directory.GetFiles(Directory, "*.tmp"))
        {
            File.Delete(stray);
        }
        foreach (var spare in System.IO.Directory.GetFiles(Directory, SparePrefix + "*"))
        {
            if (current is null || Path.GetFileName(spare) != SparePrefix + current)
            {
                File.Delete(spare);
                removed.Add(Path.GetFileName(spare));
            }
        }
        return removed;
    }

    /// <summary>True when a whole spare copy of the live index is there.</summary>
    public bool HasSpare() => CurrentPath() is { } live && IsCopyOf(SparePath(Path.GetFileName(live)), live);

    /// <summary>Where the spare copy of the live index file <paramref name="liveName"/> is kept.</summary>
    public string SparePath(string liveName) => Path.Combine(Directory, SparePrefix + liveName);

    /// <summary>
    /// Moves the spare copy of <paramref name="livePath"/> to <paramref name="target"/> when a whole one is there, so that
    /// an appending build starts from it instead of copying the live file then. Call only while holding the build lock.
    /// </summary>
    public bool TakeSpare(string livePath, string target)
    {
        var spare = SparePath(Path.GetFileName(livePath));
        try
        {
            if (!IsCopyOf(spare, livePath))
            {
                return false;
            }
            File.Move(spare, target);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="spare"/> is a whole copy of <paramref name="live"/> as it is now (same length and time).</summary>
    private static bool IsCopyOf(string spare, string live)
    {
        var copy = new FileInfo(spare);
        var original = new FileInfo(live);
        return copy.Exists && original.Exists && copy.Length == original.Length && copy.LastWriteTimeUtc == original.LastWriteTimeUtc;
    }

    /// <summary>
    /// Makes <paramref name="copy"/>, a whole copy of the live file <paramref name="live"/> made and synced by the caller,
    /// its spare. The spare carries the live file's time: a live file changed since (restored in place) no longer matches
    /// it. False, and the copy left where it is, when its length differs from the live file's.
    /// </summary>
    public bool AdoptSpare(string copy, string live)
    {
        if (new FileInfo(copy).Length != new FileInfo(live).Length)
        {
            return false;
        }
        File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(live));
        File.Move(copy, SparePath(Path.GetFileName(live)), overwrite: true);
        return true;
    }

    /// <summary>Removes the spare copy (a build that rewrites the whole index has no use for it and may need the room).</summary>
    public void DropSpare()
    {
        if (CurrentName() is { } live)
        {
            File.Delete(SparePath(live));
        }
    }

    /// <summary>
    /// Copies the live index file to its spare, unless a whole one is there: the next publication then appends to the
    /// spare and publishes it without copying the live file first (1–2 s at 100,000 statements). The live file is
    /// never written after it was published, so a copy made at any time is the same bytes. Skipped when the disk
    /// would be left with less than the room of two more copies (a full build must still fit). Cancellable; a
    /// cancelled or failed copy leaves no spare. Call only while holding the build lock. Returns true when a spare is there.
    /// </summary>
    public bool PrepareSpare(CancellationToken cancellationToken) =>
        CurrentPath() is { } live && File.Exists(live) && CopyToSpare(live, cancellationToken);

    /// <summary>
    /// Copies the index file <paramref name="live"/> — the live one, or a build about to be published — to its spare,
    /// on the terms of <see cref="PrepareSpare"/>. Returns true when a spare is there.
    /// </summary>
    public bool CopyToSpare(string live, CancellationToken cancellationToken)
    {
        var spare = SparePath(Path.GetFileName(live));
        var length = new FileInfo(live).Length;
        if (IsCopyOf(spare, live))
        {
            return true;
        }
        if (new DriveInfo(Directory).AvailableFreeSpace < 3 * length)
        {
            return false;
        }
        var temp = spare + ".tmp";
        try
        {
            using (var source = new FileStream(live, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan))
            using (var target = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1))
            {
                var buffer = new byte[1 << 20];
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    target.Write(buffer, 0, read);
                }
                target.Flush(flushToDisk: true);
            }
            return AdoptSpare(temp, live);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void DeleteWithCompanions(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(path + suffix);
            }
            catch (IOException)
            {
                // Still in use somewhere: the next clean-up removes it.
            }
        }
    }

    public IReadOnlyList<string> IndexFiles() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, Prefix + "*" + Extension).Select(Path.GetFileName).OfType<string>().Where(IsIndexFileName).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>
    /// Takes the cross-process build lock, or returns null when a live process holds it. The lock file names its
    /// holder's pid, and on Linux the holder keeps a shared <c>flock</c> on it for as long as it holds the lock, which
    /// the kernel drops however the holder dies: a lock nobody holds that way is stale, whatever pid it names (after a
    /// restart, in a container, the new process may well have the dead one's pid). The file appears whole and already
    /// locked: it is written, synced and locked under a temporary name, then linked to the lock's name
    /// (<see cref="CreateExclusively"/>), which fails when a lock is there. A process killed at any point thus leaves
    /// no lock, or one nobody holds.
    /// </summary>
    public BuildLock? TryLock()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = LockPath;
        var pid = Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // Ends in .tmp: the clean-up of the next build removes it if this process dies before it is deleted.
            var temp = $"{path}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp";
            SafeFileHandle? handle = null;
            try
            {
                handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                RandomAccess.Write(handle, pid, 0);
                RandomAccess.FlushToDisk(handle);
                if (OperatingSystem.IsLinux())
                {
                    IndexFileLock.HoldShared(handle);
                }
                if (CreateExclusively(temp, path))
                {
                    var held = new BuildLock(path, handle);
                    handle = null;
                    return held;
                }
            }
            catch (FileNotFoundException)
            {
                // The clean-up of the build holding the lock removed the temporary file: look again.
                continue;
            }
            finally
            {
                handle?.Dispose();
                File.Delete(temp);
            }
            if (!RemoveIfStale(path))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Gives the file <paramref name="temp"/> the name <paramref name="path"/> too, unless something has that name
    /// (then false), in one atomic step: a hard link. <see cref="File.Move(string, string, bool)"/> without overwrite
    /// is no such step on Linux (it checks, then renames over whatever appeared in between). Where the file system
    /// refuses hard links, that check-then-move is the fallback.
    /// </summary>
    private static bool CreateExclusively(string temp, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(temp, path) == 0)
            {
                return true;
            }
            switch (Marshal.GetLastPInvokeError())
            {
                case AlreadyExists:
                    return false;
                case NoSuchFile:
                    throw new FileNotFoundException("the temporary lock file is gone", temp);
            }
        }
        try
        {
            File.Move(temp, path, overwrite: false); // on Windows, MoveFileEx without replacing: atomic there
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private const int NoSuchFile = 2; // ENOENT
    private const int AlreadyExists = 17; // EEXIST on Linux and macOS

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    /// <summary>
    /// Removes the lock at <paramref name="path"/> if its holder is gone. True when the caller should try to take the
    /// lock again (removed, or gone meanwhile), false while a live process holds it.
    /// </summary>
    private static bool RemoveIfStale(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            if (!IsStaleByPid(path))
            {
                return false;
            }
            File.Delete(path);
            return true;
        }
        using var handle = OpenHeld(path, out var gone);
        if (handle is null)
        {
            return gone;
        }
        // Locked exclusively, the file is out of every holder's hands, so nothing else can remove or replace it now;
        // but it may have been replaced between the open and the lock, and then the one at that name is not this one.
        if (IsStillNamed(handle))
        {
            File.Delete(path);
        }
        return true;
    }

    /// <summary>
    /// Opens the lock at <paramref name="path"/> and locks it exclusively when nobody holds it (Linux). Null when a live
    /// process holds it or another is checking it, or when it is gone (<paramref name="gone"/>).
    /// </summary>
    private static SafeFileHandle? OpenHeld(string path, out bool gone)
    {
        gone = false;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (FileNotFoundException)
        {
            gone = true;
            return null;
        }
        catch (IOException)
        {
            // Locked exclusively: another process is checking it.
            return null;
        }
        if (IndexFileLock.TryExclusive(handle))
        {
            return handle;
        }
        handle.Dispose();
        return null;
    }

    /// <summary>True while the file open as <paramref name="handle"/> still has the name it was opened by (Linux: <c>/proc/self/fd</c>).</summary>
    private static bool IsStillNamed(SafeFileHandle handle) =>
        new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget is { } target
        && !target.EndsWith(" (deleted)", StringComparison.Ordinal);

    /// <summary>The pid holding the build lock, if a live process holds it and its pid can be read.</summary>
    public int? LockHolder() => IsLockHeld() && ReadPid(LockPath) is { } pid ? pid : null;

    /// <summary>True while a live process holds the build lock.</summary>
    public bool IsLockHeld()
    {
        var path = LockPath;
        if (!File.Exists(path))
        {
            return false;
        }
        if (!OperatingSystem.IsLinux())
        {
            return !IsStaleByPid(path);
        }
        using var handle = OpenHeld(path, out var gone);
        return handle is null && !gone;
    }

    /// <summary>Where <c>flock</c> is not used: stale when the pid it names is not a live process.</summary>
    private static bool IsStaleByPid(string lockPath)
    {
        var pid = ReadPid(lockPath);
        if (pid is null)
        {
            // Unreadable (cut short by a power loss): stale once it is a few seconds old.
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(lockPath) > TimeSpan.FromSeconds(5);
        }
        if (pid == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid.Value);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static int? ReadPid(string lockPath)
    {
        try
        {
            return int.TryParse(File.ReadAllText(lockPath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsIndexFileName(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal)
        && name.IndexOfAny(['/', '\\']) < 0;

    private void FsyncDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        // Make the rename itself durable: fsync the directory entry.
        try
        {
            using var handle = File.OpenHandle(Directory, FileMode.Open, FileAccess.Read);
            RandomAccess.FlushToDisk(handle);
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The cross-process build lock; disposing releases it (the file goes first, then the lock on it).</summary>
internal sealed class BuildLock(string path, SafeFileHandle handle) : IDisposable
{
    public void Dispose()
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        handle.Dispose();
    }
}

/// <summary>
/// Seams for crash tests (set only by test tools, never by the product): they exist so that a test can kill a build
/// exactly in the switch window. The CLI sets them only when <c>MMM_STATEMENTS_PAUSE_BEFORE_PUBLISH</c> or
/// <c>MMM_STATEMENTS_PAUSE_AFTER_PUBLISH</c> is set (see <c>CrashTestPause</c>); otherwise they are null and cost nothing.
/// </summary>
public static class TestHooks
{
    /// <summary>Called with the new index path just before the pointer switches.</summary>
    public static Action<string>? BeforePublish { get; set; }

    /// <summary>Called with the new index path just after the pointer switched (and was made durable), before clean-up.</summary>
    public static Action<string>? AfterPublish { get; set; }
}

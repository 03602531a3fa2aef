using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// An advisory lock on a whole index file (<c>flock(2)</c>, which SQLite's own byte-range locks do not touch), saying
/// who still reads a published file. Every open generation holds it shared for its whole life, in any process; a
/// publication takes it exclusive on the file it superseded before writing onto it (see
/// <see cref="IndexBuild.TryRecycle"/>), and gets it only when no generation reads that file any more.
/// </summary>
/// <remarks>
/// Only on Linux: elsewhere <see cref="Share"/> holds nothing and <see cref="TryTakeAlone"/> never succeeds, so that no
/// published file is ever written again (a publication then copies the live file, as it did before recycling existed).
/// </remarks>
internal sealed class IndexFileLock : IDisposable
{
    private const int Shared = 1;
    private const int Exclusive = 2;
    private const int NonBlocking = 4;
    private const int WouldBlock = 11; // EWOULDBLOCK (EAGAIN) on Linux

    private readonly SafeFileHandle? _handle;

    private IndexFileLock(SafeFileHandle? handle) => _handle = handle;

    /// <summary>
    /// Takes the shared lock on <paramref name="path"/> for a reader. Throws <see cref="IOException"/> when the file is
    /// missing or being written onto (it is no longer the live index: the caller reads the pointer again).
    /// </summary>
    public static IndexFileLock Share(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new IndexFileLock(null);
        }
        var handle = Open(path);
        if (!TryLock(handle, Shared))
        {
            handle.Dispose();
            throw new IOException($"the index file {Path.GetFileName(path)} is no longer published and is being reused");
        }
        return new IndexFileLock(handle);
    }

    /// <summary>
    /// Takes the exclusive lock on <paramref name="path"/>, trying again for up to <paramref name="patience"/> while a
    /// reader still holds it (a search that started before the switch finishes within its deadline). Null when a reader
    /// still holds it then, when the file is gone, or off Linux.
    /// </summary>
    public static IndexFileLock? TryTakeAlone(string path, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        SafeFileHandle? handle = null;
        try
        {
            handle = Open(path);
            var until = DateTime.UtcNow + patience;
            while (!TryLock(handle, Exclusive))
            {
                if (DateTime.UtcNow >= until || cancellationToken.IsCancellationRequested)
                {
                    handle.Dispose();
                    return null;
                }
                Thread.Sleep(10);
            }
            return new IndexFileLock(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone, or locked in a way only a writer would lock it: not a file to write onto now.
            handle?.Dispose();
            return null;
        }
    }

    public void Dispose() => _handle?.Dispose();

    /// <summary>
    /// Holds a shared lock on <paramref name="handle"/> for as long as it is open: how the build lock says its holder is
    /// alive (see <see cref="IndexStore.TryLock"/>). The kernel drops it when the process dies, however it dies. Linux only.
    /// </summary>
    public static void HoldShared(SafeFileHandle handle)
    {
        if (!TryLock(handle, Shared))
        {
            throw new IOException("the build lock is being checked by another process");
        }
    }

    /// <summary>
    /// Tries to lock <paramref name="handle"/> exclusively, without waiting: false while any process holds a lock on the
    /// same file (see <see cref="HoldShared"/>). Linux only.
    /// </summary>
    public static bool TryExclusive(SafeFileHandle handle) => TryLock(handle, Exclusive);

    // Opened for reading only, sharing everything: .NET's own advisory lock on a handle opened so is shared too, so it
    // never stands in the way of another reader, and flock below converts it.
    private static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static bool TryLock(SafeFileHandle handle, int operation)
    {
        if (Flock((int)handle.DangerousGetHandle(), operation | NonBlocking) == 0)
        {
            return true;
        }
        var error = Marshal.GetLastPInvokeError();
        return error == WouldBlock ? false : throw new IOException($"flock failed (errno {error})");
    }

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);
}

using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Lucene's <c>write.lock</c> held as a file opened with <see cref="FileShare.None"/>, which .NET turns into an
/// exclusive <c>flock</c> on Linux: one writer across processes, released by the kernel however its holder dies. Ours
/// because Lucene.Net 4.8's native lock let two <c>mmm-statements index</c> processes write one index at once here
/// (each deleted the other's new segment files; <c>ConcurrentIndexBuildTests.TwoBuildsAtOnceNeverDamageTheIndex</c>).
/// </summary>
internal sealed class ExclusiveLockFactory(string directory) : LockFactory
{
    public override LuceneLock MakeLock(string lockName) => new FileLock(Path.Combine(directory, (LockPrefix ?? "") + lockName));

    public override void ClearLock(string lockName)
    {
        // Nothing to clear: a lock nobody holds is free, whatever file is left.
    }

    private sealed class FileLock(string path) : LuceneLock
    {
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false;
            }
            try
            {
                _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }
            try
            {
                using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public override string ToString() => "ExclusiveFileLock@" + path;
    }
}

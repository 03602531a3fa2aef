namespace MMM.Statements.Web.Alerts;

/// <summary>
/// Replaces a file so that a crash at any moment leaves either the old content or the new one: the bytes go to a
/// temporary file beside it, are flushed to the disk, and the temporary file is renamed over the old one.
/// </summary>
internal static class DurableFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            // Addresses and keys: readable by the site's account only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
            // fsync: without it the rename can reach the disk before the data, and a power cut leaves an empty file.
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}

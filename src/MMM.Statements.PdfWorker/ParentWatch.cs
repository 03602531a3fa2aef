using System.Runtime.InteropServices;

namespace MMM.Statements.PdfWorker;

/// <summary>
/// Ends the worker when the process that started it dies, even while PdfPig is busy and nobody reads stdin.
/// PR_SET_PDEATHSIG would fire when the parent's forking thread ends, and .NET retires idle pool threads, so the
/// worker instead watches for being re-parented.
/// </summary>
internal static class ParentWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static void Start()
    {
        var parent = getppid();
        var thread = new Thread(() =>
        {
            while (getppid() == parent)
            {
                Thread.Sleep(Interval);
            }
            Environment.Exit(4);
        })
        {
            IsBackground = true,
            Name = "parent watch",
        };
        thread.Start();
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int getppid();
}

namespace MMM.Statements.Tests;

/// <summary>Reads the live process table from /proc to prove no child was left behind.</summary>
internal static class ProcessTable
{
    public sealed record Entry(int Pid, int ParentPid, string Command, string CommandLine, char State = 'R');

    public static IReadOnlyList<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command is in parentheses and may itself contain spaces or parentheses.
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
                entries.Add(new Entry(pid, int.Parse(fields[1]), stat[(open + 1)..close], cmdline, fields[0][0]));
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return entries;
    }

    /// <summary>Every process below <paramref name="pid"/> (children, their children…) in one snapshot.</summary>
    public static IReadOnlyList<Entry> DescendantsOf(int pid)
    {
        var all = Snapshot();
        var below = new HashSet<int> { pid };
        var found = new List<Entry>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var entry in all)
            {
                if (below.Contains(entry.ParentPid) && below.Add(entry.Pid))
                {
                    found.Add(entry);
                    grew = true;
                }
            }
        }
        return found;
    }

    /// <summary>The PdfPig workers (mmm-pdf-worker) below <paramref name="pid"/>.</summary>
    public static IReadOnlyList<Entry> PdfWorkersBelow(int pid) =>
        DescendantsOf(pid).Where(e => e.CommandLine.Contains("mmm-pdf-worker", StringComparison.Ordinal)).ToList();

    /// <summary>Whether the process still runs (a zombie waiting for a parent that never reaps it has ended).</summary>
    public static bool IsAlive(int pid) => Snapshot().Any(e => e.Pid == pid && e.State != 'Z');

    public static IReadOnlyList<Entry> ChildrenOfThisProcess(string command) =>
        Snapshot().Where(e => e.ParentPid == Environment.ProcessId && e.Command == command).ToList();
}

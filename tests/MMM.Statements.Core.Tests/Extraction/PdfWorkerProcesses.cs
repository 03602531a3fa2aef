using MMM.Statements.Extraction;

namespace MMM.Statements.Tests.Extraction;

/// <summary>The PDF worker processes alive now, found in the process table by their program.</summary>
internal static class PdfWorkerProcesses
{
    public static IReadOnlyList<ProcessTable.Entry> All() =>
        ProcessTable.Snapshot().Where(e => e.CommandLine.Contains(PdfPigWorker.AssemblyFile, StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<ProcessTable.Entry> OfThisProcess() =>
        All().Where(e => e.ParentPid == Environment.ProcessId).ToList();
}

namespace MMM.Statements.Tests;

/// <summary>
/// Test classes that start pdftotext, pdfinfo or other children run one at a time, with nothing else in parallel:
/// their "no process left behind" checks look at every child of the test process, and the machine has 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessCollection
{
    public const string Name = "Child processes";
}

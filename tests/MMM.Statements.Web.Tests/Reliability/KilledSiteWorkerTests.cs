using System.Diagnostics;
using System.Net;
using MMM.Statements.Tests;
using MMM.Statements.Web.Tests.Browser;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Reliability;

/// <summary>
/// The site killed while its PdfPig worker is busy on a file that holds it for a minute or more: the worker notices
/// that its parent is gone (its output pipe breaks, or its parent watch sees it re-parented) and ends within seconds,
/// so no PdfPig process outlives the site.
/// </summary>
public sealed class KilledSiteWorkerTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task APdfWorkerDoesNotOutliveTheSiteThatStartedIt()
    {
        await using var site = await AdminSite.StartAsync();
        var client = await AdminCrashTests.SignedInClientAsync(site);
        await AdminCrashTests.WaitForIdleAsync(client);
        // Thousands of ordinary pages: PdfPig reads them for a minute or more.
        await HostilePdfs.ManyPagesAsync(Path.Combine(TestPaths.Statements, "2024", "csw68-written-statement-fr.pdf"),
            Path.Combine(site.SourceDirectory, "2026", "tres-long.pdf"), copies: 2500);

        var token = await Forms.TokenFromAsync(client, "/admin/upload");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, "/admin?handler=update", token)).StatusCode);
        var waited = Stopwatch.StartNew();
        IReadOnlyList<ProcessTable.Entry> workers = [];
        while (waited.Elapsed < TimeSpan.FromMinutes(2) && (workers = ProcessTable.PdfWorkersBelow(site.ProcessId)).Count == 0)
        {
            await Task.Delay(50);
        }
        Assert.NotEmpty(workers);
        await Task.Delay(TimeSpan.FromSeconds(1)); // well into the file
        Assert.All(workers, w => Assert.True(ProcessTable.IsAlive(w.Pid), $"worker {w.Pid} ended before the site was killed"));

        await site.KillSiteOnlyAsync();

        // The worker checks its parent a few times a second: ten seconds is ample on a loaded machine, and far less than
        // the file would hold it (a worker that did not watch its parent would still be reading).
        var ended = Stopwatch.StartNew();
        while (ended.Elapsed < TimeSpan.FromSeconds(10) && workers.Any(w => ProcessTable.IsAlive(w.Pid)))
        {
            await Task.Delay(100);
        }
        output.WriteLine($"workers {string.Join(", ", workers.Select(w => w.Pid))} ended {ended.Elapsed.TotalSeconds:0.0} s after the site was killed");
        Assert.All(workers, w => Assert.False(ProcessTable.IsAlive(w.Pid), $"worker {w.Pid} ({w.CommandLine}) outlived the site"));
    }
}

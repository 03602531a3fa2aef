using MMM.Statements.Search;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Web.Engine;

/// <summary>
/// At start, the site takes the index's one writer for its whole life (so a build from the shell is refused while it
/// runs, with a clear message), then runs an update build: the first start indexes the bundled statements; later starts
/// pick up what changed on disk (in well under a second when nothing did) and rebuild an index made by an older
/// analyzer or schema while the old commit keeps serving.
/// </summary>
public sealed class IndexOnStart(IndexBuilds builds, StatementIndex index, ILogger<IndexOnStart> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            index.HoldWriter();
        }
        catch (BuildAlreadyRunningException e)
        {
            logger.LogWarning("{Reason} The site serves the last commit and takes the writer at its next build.", e.Message);
        }
        if (builds.TryStart(full: false, requestedBy: "startup") == StartOutcome.AlreadyRunning)
        {
            logger.LogInformation("An index build is already running; serving the current index meanwhile");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => builds.StopAsync(cancellationToken);
}

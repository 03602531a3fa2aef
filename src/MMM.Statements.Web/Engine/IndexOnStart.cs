namespace MMM.Statements.Web.Engine;

/// <summary>
/// At start, an update build: the first start indexes the bundled statements; later starts pick up what changed on
/// disk (in well under a second when nothing did) and rebuild an index made by an older analyzer or schema. From then
/// on, an index built from the shell gets its spare from the site (<see cref="IndexBuilds.FollowOtherBuilds"/>).
/// </summary>
public sealed class IndexOnStart(IndexBuilds builds, ILogger<IndexOnStart> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        builds.FollowOtherBuilds();
        if (builds.TryStart(full: false, requestedBy: "startup") == StartOutcome.AlreadyRunning)
        {
            logger.LogInformation("An index build is already running elsewhere; serving the current index meanwhile");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => builds.StopAsync(cancellationToken);
}

using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>
/// A test class with its own site (its own copy of the corpus, so files can be published, replaced and deleted) and a
/// signed-in staff member; the start-up build is over before a test runs, and a build a test started is stopped after.
/// </summary>
public abstract class SignedInSiteTests : IAsyncLifetime
{
    private protected readonly SiteFactory site = new(ownCorpus: true);
    private protected AdminSession admin = null!;

    public async Task InitializeAsync()
    {
        admin = await AdminSession.SignInAsync(site);
        await site.Builds.IdleAsync();
    }

    public async Task DisposeAsync()
    {
        site.Builds.Cancel();
        await site.Builds.IdleAsync();
        site.Dispose();
    }
}

using System.Net;
using System.Text.Json;
using MMM.Statements.Search;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MMM.Statements.Web.Tests.Reliability;

/// <summary>G9 and G10: the live index deleted or damaged while the site serves, and many build requests at once.</summary>
public sealed class IndexLossTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, string? RetryAfter)> Health(HttpClient client)
    {
        var response = await client.GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response.Headers.RetryAfter?.ToString());
    }

    private static async Task WaitForStartupBuild(SiteFactory site)
    {
        using var client = site.NewClient(https: true);
        await client.GetAsync("/healthz");
        await site.Builds.Completion;
    }

    [Fact]
    public async Task ADeletedLiveIndexGives503WithRetryAfterThenRebuildsItself()
    {
        using var site = new SiteFactory(ownCorpus: true);
        await WaitForStartupBuild(site);
        using var client = site.NewClient(https: true);
        foreach (var file in Directory.GetFiles(site.IndexDirectory).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Delete(file);
        }
        await Task.Delay(400); // the index notices its missing commit within its refresh interval

        var (status, body, retryAfter) = await Health(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.NotNull(retryAfter);
        await site.Builds.Completion;
        var (after, healed, _) = await Health(client);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(77, healed.GetProperty("index").GetProperty("statements").GetInt32());
        Assert.Contains(site.Builds.History, b => b.RequestedBy == "automatic recovery" && b.Outcome == BuildOutcome.Succeeded);
    }

    [Fact]
    public async Task ADamagedLiveIndexStopsServingCleanlyAndIsRebuilt()
    {
        using var site = new SiteFactory(ownCorpus: true);
        await WaitForStartupBuild(site);
        var index = site.Services.GetRequiredService<StatementIndex>();
        var live = new DirectoryInfo(site.IndexDirectory).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First().FullName;

        // Overwrite the second half of the largest file: the stored texts and postings there are garbage now.
        var bytes = await File.ReadAllBytesAsync(live);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length / 2));
        await File.WriteAllBytesAsync(live, bytes);

        Assert.NotEmpty(index.Verify());
        var failure = Record.Exception(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                index.Search(new SearchRequest { Query = "mères soins protection sociale " + i, Size = 50 });
            }
        });
        // Either the damage was hit (a clean "unavailable", never a raw Lucene error) or the parts read were intact.
        Assert.True(failure is null or IndexUnavailableException, failure?.ToString());
        if (failure is IndexUnavailableException)
        {
            using var client = site.NewClient(https: true);
            var (status, _, retryAfter) = await Health(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.NotNull(retryAfter);
        }
        // The 503 above may already have started the automatic rebuild; otherwise staff would start one.
        site.Builds.TryStart(full: true, "test");
        await site.Builds.Completion;
        Assert.True(index.Refresh());
        Assert.Empty(index.Verify());
        Assert.Equal(77, index.Search(new SearchRequest()).Total + CountCollapsedVersions(index));
    }

    [Fact]
    public async Task TwentySimultaneousBuildRequestsStartExactlyOne()
    {
        using var site = new SiteFactory(ownCorpus: true);
        await WaitForStartupBuild(site);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => site.Builds.TryStart(full: true, $"admin{i}"))));

        Assert.Equal(1, outcomes.Count(o => o == StartOutcome.Started));
        Assert.Equal(19, outcomes.Count(o => o == StartOutcome.AlreadyRunning));
        await site.Builds.Completion;
    }

    private static int CountCollapsedVersions(StatementIndex index)
    {
        // The empty search lists each statement once per group of language versions.
        var all = index.Search(new SearchRequest { Size = 50, Page = 1 });
        var hidden = 0;
        for (var page = 1; (page - 1) * 50 < all.Total; page++)
        {
            hidden += index.Search(new SearchRequest { Size = 50, Page = page }).Hits.Sum(h => h.Versions.Count);
        }
        return hidden;
    }

}

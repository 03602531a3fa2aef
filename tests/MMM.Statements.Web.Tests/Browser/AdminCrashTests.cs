using System.Net;
using System.Text.Json;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>The site killed during a build: the old index serves after the restart, the build's files are gone, the dashboard says so.</summary>
public sealed class AdminCrashTests
{
    [Fact]
    public async Task KillingTheSiteDuringARebuildKeepsTheOldIndexAndTheDashboardSaysItWasInterrupted()
    {
        await using var site = await AdminSite.StartAsync();
        var client = await SignedInClientAsync(site);
        await WaitForIdleAsync(client);
        string Live(JsonDocument health) => health.RootElement.GetProperty("index").GetProperty("file").GetString()!;
        string live;
        using (var before = JsonDocument.Parse(await client.GetStringAsync("/healthz")))
        {
            live = Live(before);
        }

        var token = await Forms.TokenFromAsync(client, "/admin/upload");
        var start = await Forms.PostAsync(client, "/admin?handler=rebuild", token);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        // Kill while the new generation is being written or verified: its half-made file must be cleaned up.
        var killedAt = "";
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (killedAt.Length == 0 && DateTime.UtcNow < deadline)
        {
            var progress = await ProgressAsync(client);
            Assert.True(progress.GetProperty("running").GetBoolean(), "the rebuild ended before the test could kill the site");
            var stage = progress.GetProperty("stage").GetString();
            if (stage is "writing" or "verifying")
            {
                await site.KillAsync();
                killedAt = stage;
            }
            else
            {
                await Task.Delay(20);
            }
        }
        Assert.NotEqual("", killedAt);

        await site.RestartAsync();
        client = await SignedInClientAsync(site);
        await WaitForIdleAsync(client);
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/admin"));

        // The last commit before the kill serves; what the killed build wrote and never committed is gone, and the index checks clean.
        Assert.Equal(live, Live(health));
        using (var check = new global::MMM.Statements.Search.StatementIndex(site.IndexDirectory))
        {
            Assert.Empty(check.Verify());
        }
        Assert.Contains("a été interrompue (le site s’est arrêté)", dashboard);
        Assert.Contains("interrompue (le site s’est arrêté pendant la construction)", dashboard);
    }


    internal static async Task<HttpClient> SignedInClientAsync(AdminSite site)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(site.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var response = await Forms.SignInAsync(client, "admin", AdminSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    internal static async Task<JsonElement> ProgressAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/admin/api/build/progress"));
        return json.RootElement.Clone();
    }

    internal static async Task WaitForIdleAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while ((await ProgressAsync(client)).GetProperty("running").GetBoolean())
        {
            Assert.True(DateTime.UtcNow < deadline, "the build did not end within 3 minutes");
            await Task.Delay(200);
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

public sealed class FirstStartTests : IDisposable
{
    private const string InitialPasswordFile = "initial-admin-password.txt";

    private readonly SiteFactory site = new(adminPassword: null);

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task WithoutAccountOrVariableAOneTimePasswordIsWrittenForTheOwnerOnly()
    {
        _ = site.NewClient();

        var file = Path.Combine(site.DataDirectory, InitialPasswordFile);
        Assert.True(File.Exists(file));
        var password = (await File.ReadAllTextAsync(file)).Trim();
        Assert.Equal(20, password.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Assert.DoesNotContain(password, await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, AccountStore.FileName)));
    }

    [Fact]
    public async Task TheLogSaysWhereTheOneTimePasswordIsButNotThePassword()
    {
        var logs = new LogRecorder();
        using var logged = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        _ = logged.CreateClient();

        var file = Path.Combine(site.DataDirectory, InitialPasswordFile);
        var password = (await File.ReadAllTextAsync(file)).Trim();
        Assert.Contains(logs.Messages, m => m.Contains(file, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOneTimePasswordForcesAPasswordChangeBeforeAnythingElse()
    {
        var client = site.NewClient();
        var password = (await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, InitialPasswordFile))).Trim();

        var signIn = await Forms.SignInAsync(client, "admin", password);
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal("/admin/password", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/admin/password", dashboard.Headers.Location?.OriginalString);
        Assert.Contains("Ce mot de passe est provisoire", await client.GetStringAsync("/admin/password"));
    }

    [Fact]
    public async Task ChangingTheOneTimePasswordOpensTheDashboardAndDeletesTheFile()
    {
        var client = site.NewClient();
        var file = Path.Combine(site.DataDirectory, InitialPasswordFile);
        var password = (await File.ReadAllTextAsync(file)).Trim();
        await Forms.SignInAsync(client, "admin", password);

        var token = await Forms.TokenFromAsync(client, "/admin/password");
        var change = await Forms.PostAsync(client, "/admin/password", token,
            ("CurrentPassword", password), ("NewPassword", "a-new-long-password"), ("ConfirmPassword", "a-new-long-password"));
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal("/admin", change.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Le mot de passe a été changé.", await dashboard.Content.ReadAsStringAsync());
        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(site.NewClient(), "admin", "a-new-long-password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.SignInAsync(site.NewClient(), "admin", password)).StatusCode);
    }

    [Fact]
    public async Task ATooShortNewPasswordIsRefused()
    {
        var client = site.NewClient();
        var password = (await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, InitialPasswordFile))).Trim();
        await Forms.SignInAsync(client, "admin", password);

        var token = await Forms.TokenFromAsync(client, "/admin/password");
        var change = await Forms.PostAsync(client, "/admin/password", token,
            ("CurrentPassword", password), ("NewPassword", "short"), ("ConfirmPassword", "short"));

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("au moins 12 caractères", await change.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task ARestartKeepsTheSessionAndDoesNotReplaceTheAccount()
    {
        var client = site.NewClient();
        var password = (await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, InitialPasswordFile))).Trim();
        var signIn = await Forms.SignInAsync(client, "admin", password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mmm-admin=", StringComparison.Ordinal)).Split(';')[0];

        using var restarted = new SiteFactory(adminPassword: null, dataDirectory: site.DataDirectory);
        var again = restarted.NewClient();
        again.DefaultRequestHeaders.Add("Cookie", cookie);
        var page = await again.GetAsync("/admin/password");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(password, (await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, InitialPasswordFile))).Trim());
    }
}

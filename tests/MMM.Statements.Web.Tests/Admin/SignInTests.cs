using System.Net;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

public sealed class SignInTests : IDisposable
{
    private readonly SiteFactory site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task TheConfiguredAdminPasswordSignsInToTheDashboard()
    {
        var client = site.NewClient();

        var response = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Connecté en tant que admin", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessage()
    {
        var client = site.NewClient();

        var response = await Forms.SignInAsync(client, "admin", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AFewFailuresThenTheRightPasswordStillSignsIn()
    {
        var client = site.NewClient();
        for (var i = 0; i < SignInThrottle.FreeFailuresPerClientAndName; i++)
        {
            await Forms.SignInAsync(client, "admin", "guess-" + i);
        }

        var response = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task AReturnUrlOffTheSiteIsIgnored(string returnUrl)
    {
        var client = site.NewClient();

        var response = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword, "/admin/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ALocalReturnUrlIsFollowed()
    {
        var response = await Forms.SignInAsync(site.NewClient(), "admin", SiteFactory.DefaultPassword, "/admin/login?ReturnUrl=%2Fadmin%2Fpassword");

        Assert.Equal("/admin/password", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheAccountsFileHoldsAHashNotThePassword()
    {
        await Forms.SignInAsync(site.NewClient(), "admin", SiteFactory.DefaultPassword);

        var file = Path.Combine(site.DataDirectory, AccountStore.FileName);
        var json = await File.ReadAllTextAsync(file);
        Assert.Contains("\"username\": \"admin\"", json);
        Assert.DoesNotContain(SiteFactory.DefaultPassword, json);
        using var accounts = System.Text.Json.JsonDocument.Parse(json);
        var hash = Convert.FromBase64String(accounts.RootElement[0].GetProperty("passwordHash").GetString()!);
        Assert.Equal(0x01, hash[0]); // PasswordHasher's version 3 format: PBKDF2 with a per-password salt
        Assert.True(hash.Length >= 61);
        Assert.False(File.Exists(file + ".tmp"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task SigningOutEndsTheSessionEvenForACopiedCookie()
    {
        var client = site.NewClient();
        var signIn = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mmm-admin=", StringComparison.Ordinal)).Split(';')[0];

        var token = await Forms.TokenFromAsync(client, "/admin/logout");
        var signOut = await Forms.PostAsync(client, "/admin/logout", token);
        var replay = site.NewClient();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var replayed = await replay.GetAsync("/admin");

        Assert.Equal("/", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/admin/login", replayed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task TheDashboardShowsTheAuditLogNewestFirst()
    {
        await Forms.SignInAsync(site.NewClient(), "admin", "wrong-password-1");
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin"));

        // The log's ids (sign-in, success, failure) are said in the reader's language.
        var success = html.IndexOf(">Réussi<", StringComparison.Ordinal);
        var failure = html.IndexOf(">Échec<", StringComparison.Ordinal);
        Assert.True(success >= 0 && failure > success, "the successful sign-in should be listed before the earlier failure");
        Assert.Contains("<td>Connexion", html);
    }

    [Fact]
    public async Task SignInPostsBeyondTheLimitGet429WithRetryAfter()
    {
        var client = site.NewClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= Web.Security.RateLimits.SignInPerMinute; i++)
        {
            last = await Forms.SignInAsync(client, "nobody", "guess");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(int.Parse(Assert.Single(last.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("Trop de requêtes", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OutsideDevelopmentTheSessionCookieIsHostBoundSecureHttpOnlyAndStrict()
    {
        using var production = new SiteFactory(environment: "Production");

        var response = await Forms.SignInAsync(production.NewClient(https: true), "admin", SiteFactory.DefaultPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-mmm-admin=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; path=/", cookie);
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=strict", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }
}

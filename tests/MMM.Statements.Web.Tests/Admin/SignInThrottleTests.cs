using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>
/// Sign-in throttling instead of the account lock that anyone could keep closed (five wrong passwords locked
/// <c>admin</c> for five minutes) and that told which names exist ("account locked", and no hash to compute).
/// Each test client has its own network address, set on the connection as a real client's would be, and the site's
/// clock stands still, so that no wait expires between two requests of a slow run.
/// </summary>
public sealed class SignInThrottleTests : IDisposable
{
    private const string AddressHeader = "X-Test-Connection-Address";

    private readonly SiteFactory site = new();
    private readonly CountingHasher hashes = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task WrongPasswordsFromOneAddressNeverKeepTheAdminOutAtAnother()
    {
        using var sites = Sited();
        var attacker = Client(sites, "203.0.113.7");
        for (var i = 0; i < 30; i++)
        {
            await Forms.SignInAsync(attacker, "admin", "guess-" + i);
        }

        var admin = await Forms.SignInAsync(Client(sites, "198.51.100.20"), "admin", SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/admin", admin.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GuessesFromManyAddressesSlowTheNameDownButTheRightPasswordStillGetsIn()
    {
        using var sites = Sited();
        for (var i = 0; i < SignInThrottle.FreeFailuresPerName + 2; i++)
        {
            await Forms.SignInAsync(Client(sites, "203.0.113." + (10 + i)), "admin", "guess-" + i);
        }

        var admin = await Forms.SignInAsync(Client(sites, "198.51.100.20"), "admin", SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    [Fact]
    public async Task AnUnknownNameAndAWrongPasswordGetTheSameAnswersAndTheSameHashWork()
    {
        using var sites = Sited();
        var answers = new Dictionary<string, List<string>>();
        var hashed = new Dictionary<string, int>();
        foreach (var (name, address) in new[] { ("admin", "203.0.113.1"), ("nobody", "203.0.113.2") })
        {
            var client = Client(sites, address);
            var before = hashes.Verifications;
            answers[name] = [];
            for (var i = 0; i < 7; i++)
            {
                var response = await Forms.SignInAsync(client, name, "guess-" + i);
                answers[name].Add((int)response.StatusCode + " " + Alert(await response.Content.ReadAsStringAsync()));
            }
            hashed[name] = hashes.Verifications - before;
        }

        Assert.Equal(answers["admin"], answers["nobody"]);
        Assert.Equal(hashed["admin"], hashed["nobody"]);
        Assert.Equal(SignInThrottle.FreeFailuresPerClientAndName + 1, hashed["admin"]);
        Assert.Contains("200 Identifiant ou mot de passe incorrect.", answers["admin"]);
        Assert.Contains(answers["admin"], a => a.StartsWith("429 Trop d’essais infructueux depuis cette adresse. Réessayez dans ", StringComparison.Ordinal));
        Assert.DoesNotContain(answers["admin"], a => a.Contains("bloqué", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedAttemptSaysWhenToRetryAndIsNotChecked()
    {
        using var sites = Sited();
        var client = Client(sites, "203.0.113.9");
        for (var i = 0; i <= SignInThrottle.FreeFailuresPerClientAndName; i++)
        {
            await Forms.SignInAsync(client, "admin", "guess-" + i);
        }
        var before = hashes.Verifications;

        var refused = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(before, hashes.Verifications);
        var audit = await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, AuditLog.FileName));
        Assert.Contains("\"outcome\":\"throttled\"", audit);
    }

    [Fact]
    public async Task XForwardedForFromAPeerThatIsNotAKnownProxyDoesNotChangeTheClientsAddress()
    {
        using var sites = Sited();
        // A loopback peer: the proxy ASP.NET Core believes by default, and so did the site.
        var client = Client(sites, "127.0.0.1");
        HttpResponseMessage? last = null;
        for (var i = 0; i <= Web.Security.RateLimits.SignInPerMinute; i++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2." + (i + 1));
            last = await Forms.SignInAsync(client, "nobody", "guess");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }

    [Fact]
    public async Task BehindAConfiguredProxyXForwardedForNamesTheClient()
    {
        using var sites = Sited(b => b.UseSetting("Statements:KnownProxies:0", "127.0.0.1"));
        var proxy = Client(sites, "127.0.0.1");
        for (var i = 0; i < 12; i++)
        {
            proxy.DefaultRequestHeaders.Remove("X-Forwarded-For");
            proxy.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2." + (i + 1));
            await Forms.SignInAsync(proxy, "admin", "guess-" + i);
        }
        proxy.DefaultRequestHeaders.Remove("X-Forwarded-For");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");

        var admin = await Forms.SignInAsync(proxy, "admin", SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Sited(Action<IWebHostBuilder>? more = null) =>
        site.WithWebHostBuilder(b =>
        {
            b.ConfigureServices(s =>
            {
                s.AddSingleton<IStartupFilter>(new ConnectionAddress());
                s.RemoveAll<IPasswordHasher<AdminAccount>>();
                s.AddSingleton<IPasswordHasher<AdminAccount>>(hashes);
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(new StillClock());
            });
            more?.Invoke(b);
        });

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://localhost") });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private static string Alert(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"alert\"[^>]*>([^<]*)</p>");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    /// <summary>The real hasher, counting how many passwords it verifies.</summary>
    private sealed class CountingHasher : IPasswordHasher<AdminAccount>
    {
        private readonly PasswordHasher<AdminAccount> real = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(AdminAccount user, string password) => real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AdminAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The time the test started, for as long as it runs (timers still run in real time).</summary>
    private sealed class StillClock : TimeProvider
    {
        private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Gives each test client's connection the address it names, first thing, as the network would.</summary>
    private sealed class ConnectionAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate rest) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                    context.Request.Headers.Remove(AddressHeader);
                }
                return rest(context);
            });
            next(app);
        };
    }
}

using Microsoft.Extensions.Options;
using MMM.Statements.Tests;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Tests.Alerts;

/// <summary>The subscription store and the publication ledger on disk, with a clock the test moves.</summary>
public sealed class AlertSubscriptionsTests : IDisposable
{
    private readonly string data = TestPaths.NewTempDirectory("mmm-alerts");
    private readonly ManualClock clock = new();

    private IOptions<StatementsOptions> Options => Microsoft.Extensions.Options.Options.Create(new StatementsOptions { DataDirectory = data });

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public void AConfirmationLinkExpiresAfter48HoursAndTheSignUpIsThenForgotten()
    {
        var store = new AlertSubscriptions(Options, clock);
        var token = store.SignUp("late@example.org", "q=soins", "fr", "http://localhost").ConfirmationToken;
        Assert.NotNull(token);

        clock.Advance(AlertSubscriptions.ConfirmationLifetime + TimeSpan.FromMinutes(1));

        Assert.Null(store.Confirm(token, watermark: 0));
        Assert.Empty(store.All);
        store.ForgetExpired();
        Assert.DoesNotContain("late@example.org", File.ReadAllText(Path.Combine(data, "alerts", AlertSubscriptions.FileName)));
    }

    [Fact]
    public void ASecondSignUpVoidsTheFirstLinkAndAConfirmedAlertSendsNoNewConfirmation()
    {
        var store = new AlertSubscriptions(Options, clock);
        var first = store.SignUp("twice@example.org", "q=soins", "fr", "http://localhost").ConfirmationToken;
        var second = store.SignUp("twice@example.org", "q=soins", "en", "http://localhost").ConfirmationToken;

        Assert.Null(store.Confirm(first, watermark: 0));
        var confirmed = store.Confirm(second, watermark: 7);
        Assert.NotNull(confirmed);
        Assert.Equal("en", confirmed.Language);
        Assert.Equal(7, confirmed.Watermark);
        Assert.Null(store.SignUp("twice@example.org", "q=soins", "fr", "http://localhost").Subscription);
        Assert.Single(store.All);
    }

    [Fact]
    public void AnAddressGetsAtMostThreeConfirmationMailsADay()
    {
        var store = new AlertSubscriptions(Options, clock);
        var sent = Enumerable.Range(0, 5).Count(i => store.SignUp("target@example.org", "q=mot" + i, "fr", "http://localhost").Subscription is not null);

        Assert.Equal(AlertSubscriptions.ConfirmationsPerWindow, sent);
        clock.Advance(AlertSubscriptions.ConfirmationWindow + TimeSpan.FromMinutes(1));
        Assert.NotNull(store.SignUp("target@example.org", "q=suivant", "fr", "http://localhost").Subscription);
    }

    [Fact]
    public void UnsubscribeTokensSurviveARestartAndAForgedOneNamesNothing()
    {
        var store = new AlertSubscriptions(Options, clock);
        var confirmed = store.Confirm(store.SignUp("kept@example.org", "q=soins", "fr", "http://localhost").ConfirmationToken, 0)!;
        var token = store.UnsubscribeToken(confirmed);

        var restarted = new AlertSubscriptions(Options, clock);

        Assert.Equal(confirmed.Id, restarted.ByUnsubscribeToken(token)?.Id);
        Assert.Null(restarted.ByUnsubscribeToken(confirmed.Id + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(restarted.ByUnsubscribeToken(confirmed.Id));
        Assert.Equal(AlertState.Confirmed, Assert.Single(restarted.Confirmed).State);
        // Addresses and the signing key: readable by the site's account only, and no temporary file left.
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in new[] { AlertSubscriptions.FileName, "key" })
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "alerts", file)));
            }
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "alerts"), "*.tmp"));
    }

    [Fact]
    public void TheLedgerNumbersOnlyStatementsItHasNeverSeen()
    {
        var ledger = new StatementLedger(Options);
        Assert.Equal(0, ledger.Record(["a", "b"], "segments_1"));
        Assert.Equal(1, ledger.Record(["a", "b", "c"], "segments_2"));
        // "b" removed, then restored beside a new "d": only "d" is new.
        Assert.Equal(1, ledger.Record(["a", "c"], "segments_3"));
        Assert.Equal(2, ledger.Record(["a", "b", "c", "d"], "segments_4"));

        var restarted = new StatementLedger(Options);
        Assert.Equal(2, restarted.Generation);
        Assert.Equal(0, restarted.FirstSeen("b"));
        Assert.Equal(1, restarted.FirstSeen("c"));
        Assert.Equal(2, restarted.FirstSeen("d"));
        Assert.Null(restarted.FirstSeen("e"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>The throttle's delays over time, read from a clock the test moves.</summary>
public sealed class SignInThrottleClockTests
{
    private readonly ManualClock clock = new();

    [Fact]
    public void AfterTheFreeFailuresEachFailureDoublesTheWaitOfThatClientOnly()
    {
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.FreeFailuresPerClientAndName; i++)
        {
            Assert.False(throttle.Before("a", "admin").Refused);
            throttle.Failed("a", "admin");
        }
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("a", "admin");
            var wait = throttle.Before("a", "admin");
            waits.Add(wait.RetryAfter);
            clock.Advance(wait.RetryAfter);
            Assert.False(throttle.Before("a", "admin").Refused);
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], waits);
        Assert.False(throttle.Before("b", "admin").Refused);
    }

    [Fact]
    public void TheWaitStopsGrowingAtItsCeiling()
    {
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < 60; i++)
        {
            throttle.Failed("a", "admin");
        }

        Assert.Equal(SignInThrottle.MaxRefusal, throttle.Before("a", "admin").RetryAfter);
    }

    [Fact]
    public void ANameGuessedFromEverywhereIsDelayedButNeverRefused()
    {
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < 200; i++)
        {
            throttle.Failed("client-" + i, "Admin");
        }

        var wait = throttle.Before("someone-else", "admin");

        Assert.False(wait.Refused);
        Assert.Equal(SignInThrottle.MaxDelay, wait.Delay);
    }

    [Fact]
    public void ASuccessClearsTheCountsAndOldFailuresAreForgotten()
    {
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < 20; i++)
        {
            throttle.Failed("a", "admin");
            throttle.Failed("c", "other");
        }

        throttle.Succeeded("a", "admin");
        clock.Advance(SignInThrottle.Memory);

        Assert.Equal(default, throttle.Before("a", "admin"));
        Assert.Equal(default, throttle.Before("c", "other"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

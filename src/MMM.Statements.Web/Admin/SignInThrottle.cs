using System.Collections.Concurrent;

namespace MMM.Statements.Web.Admin;

/// <summary>What the throttle says about a sign-in attempt before its password is checked.</summary>
/// <param name="RetryAfter">Above zero: the attempt is refused unchecked; the client may try again after this long.</param>
/// <param name="Delay">Otherwise, how long to wait before checking the password (zero most of the time).</param>
public readonly record struct SignInWait(TimeSpan RetryAfter, TimeSpan Delay)
{
    public bool Refused => RetryAfter > TimeSpan.Zero;
}

/// <summary>
/// Growing delays after failed sign-ins, in memory, instead of an account lock that anyone could keep closed.
/// <list type="bullet">
/// <item>Per client address and account name together, and per client address alone: after a few free failures each
/// further failure doubles the time before that client may try again (1 s, 2 s, 4 s… up to <see cref="MaxRefusal"/>).
/// Only the guessing client is refused; the real admin at another address is not.</item>
/// <item>Per account name, from every address: a guess spread over many addresses makes each check of that name wait a
/// little longer (up to <see cref="MaxDelay"/>) before it runs, but is never refused, so the right password still
/// gets in.</item>
/// </list>
/// Names are counted whether or not the account exists, so the throttle's answers say nothing about which do.
/// A success clears the client's and the name's counts; a count is forgotten <see cref="Memory"/> after its last failure.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    /// <summary>Failures of one client on one name before it has to wait.</summary>
    public const int FreeFailuresPerClientAndName = 3;

    /// <summary>Failures of one client over all names before it has to wait (trying many names).</summary>
    public const int FreeFailuresPerClient = 10;

    /// <summary>Failures on one name from all clients before its checks are slowed down.</summary>
    public const int FreeFailuresPerName = 10;

    public static readonly TimeSpan FirstRefusal = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRefusal = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    // Enough for a real attack's spread of names and addresses; beyond it the oldest counts are dropped first.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Strikes> strikes = new(StringComparer.Ordinal);

    /// <summary>Whether an attempt from <paramref name="client"/> for <paramref name="name"/> may be checked now.</summary>
    public SignInWait Before(string client, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(name);
        var now = clock.GetUtcNow();
        var refusal = Max(
            Remaining(PairKey(client, name), FreeFailuresPerClientAndName, now),
            Remaining(ClientKey(client), FreeFailuresPerClient, now));
        if (refusal > TimeSpan.Zero)
        {
            return new SignInWait(refusal, TimeSpan.Zero);
        }
        var failures = Current(NameKey(name), now)?.Failures ?? 0;
        return new SignInWait(TimeSpan.Zero, Doubling(failures - FreeFailuresPerName, FirstDelay, MaxDelay));
    }

    /// <summary>Counts a wrong password (or an unknown name) from <paramref name="client"/>.</summary>
    public void Failed(string client, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(name);
        var now = clock.GetUtcNow();
        foreach (var key in new[] { PairKey(client, name), ClientKey(client), NameKey(name) })
        {
            strikes.AddOrUpdate(key, _ => new Strikes(1, now), (_, old) => new Strikes(IsFresh(old, now) ? old.Failures + 1 : 1, now));
        }
        if (strikes.Count > MaxEntries)
        {
            Prune(now);
        }
    }

    /// <summary>A successful sign-in: the client's and the name's counts start again from zero.</summary>
    public void Succeeded(string client, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(name);
        strikes.TryRemove(PairKey(client, name), out _);
        strikes.TryRemove(ClientKey(client), out _);
        strikes.TryRemove(NameKey(name), out _);
    }

    /// <summary>How long a client must wait after <paramref name="failures"/> failures on a key allowing <paramref name="free"/>.</summary>
    internal static TimeSpan RefusalAfter(int failures, int free) => Doubling(failures - free, FirstRefusal, MaxRefusal);

    private TimeSpan Remaining(string key, int free, DateTimeOffset now)
    {
        if (Current(key, now) is not { } current)
        {
            return TimeSpan.Zero;
        }
        var until = current.LastFailure + RefusalAfter(current.Failures, free);
        return until > now ? until - now : TimeSpan.Zero;
    }

    private Strikes? Current(string key, DateTimeOffset now) =>
        strikes.TryGetValue(key, out var found) && IsFresh(found, now) ? found : null;

    private static bool IsFresh(Strikes strikes, DateTimeOffset now) => now - strikes.LastFailure < Memory;

    // 1×, 2×, 4×… the first step for the 1st, 2nd, 3rd… failure beyond the free ones; zero before.
    private static TimeSpan Doubling(int beyondFree, TimeSpan first, TimeSpan max)
    {
        if (beyondFree <= 0)
        {
            return TimeSpan.Zero;
        }
        var factor = Math.Pow(2, Math.Min(beyondFree - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, value) in strikes)
        {
            if (!IsFresh(value, now))
            {
                strikes.TryRemove(key, out _);
            }
        }
        if (strikes.Count > MaxEntries)
        {
            foreach (var (key, _) in strikes.OrderBy(e => e.Value.LastFailure).Take(strikes.Count - MaxEntries / 2).ToList())
            {
                strikes.TryRemove(key, out _);
            }
        }
    }

    private static string PairKey(string client, string name) => "pair\n" + client + "\n" + Normalize(name);

    private static string ClientKey(string client) => "client\n" + client;

    private static string NameKey(string name) => "name\n" + Normalize(name);

    // Account names are matched without regard to case (AccountStore), so "Admin" and "admin" are one name here too.
    private static string Normalize(string name) => name.Trim().ToUpperInvariant();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private readonly record struct Strikes(int Failures, DateTimeOffset LastFailure);
}

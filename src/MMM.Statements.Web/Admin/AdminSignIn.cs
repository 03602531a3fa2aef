using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace MMM.Statements.Web.Admin;

public enum SignInStatus
{
    Succeeded,
    Failed,
}

public enum PasswordChangeStatus
{
    Changed,
    WrongCurrentPassword,
    TooShort,
    Unchanged,
}

public sealed record SignInOutcome(SignInStatus Status, AdminAccount? Account);

/// <summary>
/// Checks passwords with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>. It keeps no failure count and locks
/// nothing: a lock that five wrong guesses trigger lets anyone keep the real admin out, and "account locked" tells
/// which names exist. Repeated failures are slowed down by <see cref="SignInThrottle"/> instead, whatever the name.
/// Every check runs exactly one hash, for an unknown name too, so the answer takes the same time either way.
/// </summary>
public sealed class AdminSignIn(AccountStore store, IPasswordHasher<AdminAccount> hasher)
{
    public const int MinPasswordLength = 12;

    // Verified when the account does not exist, so that an unknown name costs as much as a wrong password.
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(null!, NewSecret(16)));

    public SignInOutcome Check(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        var account = store.Find(username);
        if (account is null)
        {
            hasher.VerifyHashedPassword(null!, decoyHash.Value, password);
            return new SignInOutcome(SignInStatus.Failed, null);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            // Nothing is written on a failure: a file write only for existing names would be a timing difference.
            return new SignInOutcome(SignInStatus.Failed, null);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account = account with { PasswordHash = hasher.HashPassword(account, password) };
            store.Save(account);
        }
        return new SignInOutcome(SignInStatus.Succeeded, account);
    }

    /// <summary>Sets a password outright (start-up configuration, one-time password), ending existing sessions.</summary>
    public AdminAccount SetPassword(string username, string password, bool mustChange)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var account = new AdminAccount(username, "", mustChange, NewStamp());
        account = account with { PasswordHash = hasher.HashPassword(account, password) };
        store.Save(account);
        return account;
    }

    /// <summary>True when <paramref name="password"/> is the account's current password (no failure counting).</summary>
    public bool HasPassword(string username, string password)
    {
        var account = store.Find(username);
        return account is not null && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    public (PasswordChangeStatus Status, AdminAccount? Account) ChangePassword(string username, string current, string replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        var account = store.Find(username);
        if (account is null || hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return (PasswordChangeStatus.WrongCurrentPassword, null);
        }
        if (replacement.Length < MinPasswordLength)
        {
            return (PasswordChangeStatus.TooShort, null);
        }
        if (string.Equals(current, replacement, StringComparison.Ordinal))
        {
            return (PasswordChangeStatus.Unchanged, null);
        }
        account = account with
        {
            PasswordHash = hasher.HashPassword(account, replacement),
            MustChangePassword = false,
            SecurityStamp = NewStamp(),
        };
        store.Save(account);
        return (PasswordChangeStatus.Changed, account);
    }

    /// <summary>Invalidates every cookie issued to the account (called on sign-out).</summary>
    public void EndSessions(string username)
    {
        if (store.Find(username) is { } account)
        {
            store.Save(account with { SecurityStamp = NewStamp() });
        }
    }

    /// <summary>True while the cookie's stamp is the account's current one.</summary>
    public bool IsSessionCurrent(string username, string? stamp) =>
        stamp is not null && store.Find(username) is { } account &&
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(account.SecurityStamp),
            System.Text.Encoding.UTF8.GetBytes(stamp));

    /// <summary>A random password from an alphabet without look-alike characters.</summary>
    public static string NewSecret(int length)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

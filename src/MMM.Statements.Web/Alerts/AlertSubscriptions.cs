using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Alerts;

/// <summary>What a sign-up led to; the page says the same thing in every case, so that it reveals nothing about an address.</summary>
/// <param name="Subscription">The pending subscription to send a confirmation for, or null when none is to be sent.</param>
/// <param name="ConfirmationToken">The token of the confirmation link (only ever in that mail).</param>
public sealed record SignUp(AlertSubscription? Subscription, string? ConfirmationToken);

/// <summary>
/// The alert subscriptions, in memory and written through to <c>DataDirectory/alerts/subscriptions.json</c> (a
/// durable replace, see <see cref="DurableFile"/>) before any call returns, so that an acknowledged change survives a
/// crash. Also holds the key the unsubscribe tokens are derived with (<c>alerts/key</c>).
/// </summary>
public sealed class AlertSubscriptions
{
    public const string FolderName = "alerts";
    public const string FileName = "subscriptions.json";

    /// <summary>A confirmation link works this long, once.</summary>
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromHours(48);

    /// <summary>Subscriptions one address may hold, confirmed or not (beyond them, a sign-up silently sends nothing).</summary>
    public const int MaxPerAddress = 20;

    /// <summary>Confirmation mails one address may receive in <see cref="ConfirmationWindow"/> (the mail bomb a stranger could aim at it).</summary>
    public const int ConfirmationsPerWindow = 3;

    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromHours(24);

    private const int TokenBytes = 32;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Lock gate = new();
    private readonly string path;
    private readonly byte[] key;
    private readonly TimeProvider clock;
    private readonly Dictionary<string, List<DateTimeOffset>> confirmationsSent = new(StringComparer.OrdinalIgnoreCase);
    private List<AlertSubscription> subscriptions;

    public AlertSubscriptions(IOptions<StatementsOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.clock = clock;
        var folder = Directory.CreateDirectory(Path.Combine(options.Value.DataDirectory, FolderName)).FullName;
        path = Path.Combine(folder, FileName);
        key = LoadKey(Path.Combine(folder, "key"));
        subscriptions = Load(path);
    }

    /// <summary>Every subscription, newest first (the staff list).</summary>
    public IReadOnlyList<AlertSubscription> All
    {
        get
        {
            lock (gate)
            {
                return WithoutExpired(subscriptions, clock.GetUtcNow()).OrderByDescending(s => s.CreatedAt).ToList();
            }
        }
    }

    public IReadOnlyList<AlertSubscription> Confirmed
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Where(s => s.State == AlertState.Confirmed).ToList();
            }
        }
    }

    /// <summary>
    /// Records a sign-up. A new address-and-search pair gets a pending subscription; a pending one gets a fresh token
    /// (the old link stops working); a confirmed one, or an address over its limits, gets nothing to send.
    /// </summary>
    public SignUp SignUp(string address, string search, string language, string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(search);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var next = WithoutExpired(subscriptions, now);
            var same = next.FirstOrDefault(s => SameAddress(s.Address, address) && s.Search == search);
            if (same is { State: AlertState.Confirmed }
                || (same is null && next.Count(s => SameAddress(s.Address, address)) >= MaxPerAddress)
                || !MayConfirm(address, now))
            {
                return new SignUp(null, null);
            }
            var token = NewToken();
            var subscription = (same ?? new AlertSubscription
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                Address = address,
                Search = search,
                Language = language,
                SiteUrl = siteUrl,
                CreatedAt = now,
            }) with
            {
                Language = language,
                ConfirmationHash = Hash(token),
                ConfirmationExpires = now + ConfirmationLifetime,
            };
            next.RemoveAll(s => s.Id == subscription.Id);
            next.Add(subscription);
            Write(next);
            subscriptions = next;
            confirmationsSent.TryAdd(address, []);
            confirmationsSent[address].Add(now);
            return new SignUp(subscription, token);
        }
    }

    /// <summary>
    /// Confirms the subscription whose link holds <paramref name="token"/>, once: the token is forgotten. Null when it is
    /// unknown, used already or expired. Digests start after <paramref name="watermark"/>.
    /// </summary>
    public AlertSubscription? Confirm(string? token, long watermark)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var found = subscriptions.FirstOrDefault(s => s.ConfirmationHash is { } h
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
            if (found is null || found.ConfirmationExpires < now)
            {
                return null;
            }
            var confirmed = found with
            {
                State = AlertState.Confirmed,
                ConfirmationHash = null,
                ConfirmationExpires = null,
                ConfirmedAt = now,
                Watermark = watermark,
            };
            Replace(confirmed);
            return confirmed;
        }
    }

    /// <summary>The token of a subscription's unsubscribe link (the same in every mail, valid until it ends).</summary>
    public string UnsubscribeToken(AlertSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Id + "." + Signature(subscription.Id);
    }

    /// <summary>The subscription an unsubscribe token belongs to, or null (forged, or ended already).</summary>
    public AlertSubscription? ByUnsubscribeToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200 || token.Split('.') is not [var id, var signature])
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(id)), Encoding.ASCII.GetBytes(signature)))
        {
            return null;
        }
        lock (gate)
        {
            return subscriptions.FirstOrDefault(s => s.Id == id);
        }
    }

    /// <summary>Erases the sign-ups whose confirmation link has expired (their addresses with them).</summary>
    public void ForgetExpired()
    {
        lock (gate)
        {
            var next = WithoutExpired(subscriptions, clock.GetUtcNow());
            if (next.Count < subscriptions.Count)
            {
                Write(next);
                subscriptions = next;
            }
        }
    }

    /// <summary>Ends a subscription (its address is forgotten). False when there was none with that id.</summary>
    public bool Delete(string id)
    {
        lock (gate)
        {
            if (!subscriptions.Any(s => s.Id == id))
            {
                return false;
            }
            var next = subscriptions.Where(s => s.Id != id).ToList();
            Write(next);
            subscriptions = next;
            return true;
        }
    }

    /// <summary>Marks the subscriber as told about everything up to <paramref name="watermark"/> (after a digest, or when there was nothing new).</summary>
    public void Advance(string id, long watermark, bool sent)
    {
        lock (gate)
        {
            if (subscriptions.FirstOrDefault(s => s.Id == id) is not { } found)
            {
                // Ended while its digest was being sent.
                return;
            }
            Replace(found with
            {
                Watermark = Math.Max(found.Watermark, watermark),
                LastSentAt = sent ? clock.GetUtcNow() : found.LastSentAt,
                DigestsSent = found.DigestsSent + (sent ? 1 : 0),
            });
        }
    }

    private void Replace(AlertSubscription subscription)
    {
        var next = subscriptions.Select(s => s.Id == subscription.Id ? subscription : s).ToList();
        Write(next);
        subscriptions = next;
    }

    private bool MayConfirm(string address, DateTimeOffset now)
    {
        if (!confirmationsSent.TryGetValue(address, out var sent))
        {
            return true;
        }
        sent.RemoveAll(t => now - t > ConfirmationWindow);
        return sent.Count < ConfirmationsPerWindow;
    }

    // A sign-up never confirmed is forgotten, address and all, once its link has expired.
    private static List<AlertSubscription> WithoutExpired(List<AlertSubscription> list, DateTimeOffset now) =>
        list.Where(s => s.State == AlertState.Confirmed || s.ConfirmationExpires >= now).ToList();

    private static bool SameAddress(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private string Signature(string id) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("unsubscribe:" + id)));

    private void Write(List<AlertSubscription> next) =>
        DurableFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(next.OrderBy(s => s.CreatedAt).ToList(), Json));

    private static List<AlertSubscription> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<AlertSubscription>>(stream, Json)
            ?? throw new InvalidDataException($"{path} does not hold a subscription list.");
    }

    private static byte[] LoadKey(string keyPath)
    {
        if (File.Exists(keyPath) && File.ReadAllBytes(keyPath) is { Length: TokenBytes } existing)
        {
            return existing;
        }
        var fresh = RandomNumberGenerator.GetBytes(TokenBytes);
        DurableFile.Write(keyPath, fresh);
        return fresh;
    }
}

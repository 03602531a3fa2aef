using System.Threading.Channels;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Alerts;

/// <summary>
/// The alerts' background work: confirmation mails queued by sign-ups, and after each publication (a new commit starts to
/// serve, see <see cref="StatementIndex.Switched"/>) one digest per confirmed subscription that has new matching
/// statements. A digest that cannot be sent leaves its subscription's watermark where it was, so the next publication
/// sends those statements again with any newer ones; one that was sent moves it past them, so none is sent twice.
/// Nothing here stops the site: every failure is logged and waits for the next publication.
/// </summary>
public sealed class AlertDigests : BackgroundService
{
    /// <summary>Hits read per subscription and publication (a search broader than that only sees its first ones).</summary>
    public const int MaxHitsScanned = 5000;

    /// <summary>Statements listed in one digest; beyond them the mail points to the search.</summary>
    public const int MaxListed = 50;

    private readonly StatementIndex index;
    private readonly StatementLedger ledger;
    private readonly AlertSubscriptions subscriptions;
    private readonly AlertMailer mailer;
    private readonly PublicOrigin origin;
    private readonly Taxonomy taxonomy;
    private readonly ILogger<AlertDigests> logger;
    private readonly Channel<bool> publications = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<(string Id, MimeMessage Message)> confirmations =
        Channel.CreateBounded<(string, MimeMessage)>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });
    private string? processedCommit;

    public AlertDigests(StatementIndex index, StatementLedger ledger, AlertSubscriptions subscriptions, AlertMailer mailer,
        PublicOrigin origin, Taxonomy taxonomy, ILogger<AlertDigests> logger)
    {
        this.index = index;
        this.ledger = ledger;
        this.subscriptions = subscriptions;
        this.mailer = mailer;
        this.origin = origin;
        this.taxonomy = taxonomy;
        this.logger = logger;
        // The handler runs on the thread that noticed the commit (a build's, a search's): it only wakes the loop.
        index.Switched += _ => publications.Writer.TryWrite(true);
    }

    /// <summary>The index commit the last digest pass went through (tests wait for it to be the serving one).</summary>
    public string? ProcessedCommit => Volatile.Read(ref processedCommit);

    /// <summary>Queues the confirmation mail of a sign-up; it is sent in the background so that the page answers at once, whatever the address.</summary>
    public void QueueConfirmation(AlertSubscription subscription, string token)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var site = SiteUrl(subscription);
        var confirm = QueryHelpers.AddQueryString(site + "/alerts/confirm", new Dictionary<string, string?> { ["token"] = token, [SiteCultures.QueryKey] = subscription.Language });
        var message = AlertMail.Confirmation(mailer.From, subscription.Address, subscription.Language, Describe(subscription), confirm);
        if (!confirmations.Writer.TryWrite((subscription.Id, message)))
        {
            logger.LogWarning("Alert {Id}: the confirmation queue is full; no confirmation was sent", subscription.Id);
        }
    }

    /// <summary>The link that ends a subscription, as every digest carries it (and its List-Unsubscribe header).</summary>
    public string UnsubscribeUrl(AlertSubscription subscription) =>
        QueryHelpers.AddQueryString(SiteUrl(subscription) + "/alerts/unsubscribe",
            new Dictionary<string, string?> { ["token"] = subscriptions.UnsubscribeToken(subscription), [SiteCultures.QueryKey] = subscription.Language });

    /// <summary>The search in words, in the subscription's language.</summary>
    public string Describe(AlertSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return AlertSearch.Parse(subscription.Search) is { } state
            ? AlertSearch.Describe(state, taxonomy, subscription.Language)
            : subscription.Search;
    }

    /// <summary>
    /// Brings the ledger up to the serving commit before the site answers: a statement published in the first moments
    /// must count as new, not be taken for part of the corpus when the ledger is first made.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (index.StatementIds() is { } snapshot)
            {
                ledger.Record(snapshot.Ids, snapshot.Commit);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning("The alert ledger could not be written ({Error}); it is tried again at the next publication", e.Message);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A first pass at start: publications made while the site was down (from the shell) are caught up.
        publications.Writer.TryWrite(true);
        return Task.WhenAll(Task.Run(() => SendConfirmationsAsync(stoppingToken), stoppingToken), Task.Run(() => SendDigestsAsync(stoppingToken), stoppingToken));
    }

    private async Task SendConfirmationsAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await confirmations.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<(string Id, MimeMessage Message)>();
                while (batch.Count < 50 && confirmations.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                try
                {
                    var outcomes = await mailer.SendAsync(batch.Select(b => b.Message).ToList(), stoppingToken);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (outcomes[i] is { } error)
                        {
                            logger.LogWarning("Alert {Id}: the confirmation mail was refused ({Error})", batch[i].Id, error.Message);
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The reader can ask again; the pending sign-up expires by itself.
                    logger.LogWarning("Could not send {Count} alert confirmation mails: {Error}", batch.Count, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendDigestsAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await publications.Reader.WaitToReadAsync(stoppingToken))
            {
                publications.Reader.TryRead(out _);
                try
                {
                    await RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException && e is not OutOfMemoryException)
                {
                    logger.LogError(e, "The alert digests of this publication failed; they are tried again at the next one");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        if (index.StatementIds() is not { } snapshot)
        {
            return;
        }
        var generation = ledger.Record(snapshot.Ids, snapshot.Commit);
        subscriptions.ForgetExpired();
        if (mailer.Enabled)
        {
            var due = new List<(AlertSubscription Subscription, MimeMessage Message)>();
            foreach (var subscription in subscriptions.Confirmed.Where(s => s.Watermark < generation))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entries = NewMatches(subscription);
                if (entries is null)
                {
                    continue;
                }
                if (entries.Count == 0)
                {
                    subscriptions.Advance(subscription.Id, generation, sent: false);
                    continue;
                }
                due.Add((subscription, Digest(subscription, entries)));
            }
            if (due.Count > 0)
            {
                await SendAsync(due, generation, cancellationToken);
            }
        }
        Volatile.Write(ref processedCommit, snapshot.Commit);
    }

    private async Task SendAsync(List<(AlertSubscription Subscription, MimeMessage Message)> due, long generation, CancellationToken cancellationToken)
    {
        IReadOnlyList<Exception?> outcomes;
        try
        {
            outcomes = await mailer.SendAsync(due.Select(d => d.Message).ToList(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not reach the mail server for {Count} alert digests ({Error}); they are sent at the next publication", due.Count, e.Message);
            return;
        }
        for (var i = 0; i < due.Count; i++)
        {
            var id = due[i].Subscription.Id;
            if (outcomes[i] is { } error)
            {
                logger.LogWarning("Alert {Id}: the digest was refused ({Error}); it is sent again at the next publication", id, error.Message);
                continue;
            }
            subscriptions.Advance(id, generation, sent: true);
            logger.LogInformation("Alert {Id}: digest sent", id);
        }
    }

    /// <summary>
    /// The statements of the subscription's search that no digest has listed: every language version of one first
    /// published after its watermark. Null when its search cannot be read any more (it is left alone).
    /// </summary>
    private List<DigestEntry>? NewMatches(AlertSubscription subscription)
    {
        if (AlertSearch.Parse(subscription.Search) is not { } state)
        {
            logger.LogWarning("Alert {Id}: its search can no longer be read", subscription.Id);
            return null;
        }
        var request = state.ToRequest(subscription.Language, snippets: false, facets: false);
        var site = SiteUrl(subscription);
        return index.AllHits(request, MaxHitsScanned, CancellationToken.None)
            .Where(hit => IsNew(hit, subscription.Watermark))
            .OrderByDescending(hit => hit.Date)
            .Select(hit => new DigestEntry(hit.Title, hit.Date, hit.Session,
                QueryHelpers.AddQueryString(site + hit.Url, SiteCultures.QueryKey, subscription.Language)))
            .ToList();
    }

    // A statement the ledger has not seen yet (a newer commit than the one recorded) waits for the next pass.
    private bool IsNew(SearchHit hit, long watermark) =>
        hit.Versions.Select(v => v.Id).Prepend(hit.Id).All(id => ledger.FirstSeen(id) is { } first && first > watermark);

    private MimeMessage Digest(AlertSubscription subscription, List<DigestEntry> entries)
    {
        var site = SiteUrl(subscription);
        var search = site + "/?" + subscription.Search + (subscription.Search.Length > 0 ? "&" : "") + SiteCultures.QueryKey + "=" + subscription.Language;
        var message = AlertMail.Digest(mailer.From, subscription.Address, subscription.Language, Describe(subscription), search,
            entries.Take(MaxListed).ToList(), UnsubscribeUrl(subscription), entries.Count);
        return message;
    }

    // The configured public address first; else the one the reader subscribed from (checked by PublicOrigin then).
    private string SiteUrl(AlertSubscription subscription) =>
        (origin.PublicUrl?.GetLeftPart(UriPartial.Path) ?? subscription.SiteUrl).TrimEnd('/');
}

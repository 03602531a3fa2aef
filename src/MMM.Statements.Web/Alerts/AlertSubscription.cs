namespace MMM.Statements.Web.Alerts;

/// <summary>Where a subscription stands: waiting for its address to be confirmed, or receiving digests.</summary>
public enum AlertState
{
    Pending,
    Confirmed,
}

/// <summary>
/// One reader's e-mail alert on one search. The confirmation token is kept only as its SHA-256 hash, and only until it
/// is used or expires; the unsubscribe token is derived from <see cref="Id"/> with the site's key, never stored.
/// </summary>
public sealed record AlertSubscription
{
    /// <summary>A random id, for the staff list and the unsubscribe token; never the address.</summary>
    public required string Id { get; init; }

    public required string Address { get; init; }

    /// <summary>The search as the page's query string (<c>q=soins&amp;topic=unpaid-care</c>), without paging or sort.</summary>
    public required string Search { get; init; }

    /// <summary>The language of the page the reader subscribed from (fr, en, es): the mails and their links use it.</summary>
    public required string Language { get; init; }

    /// <summary>The site's address as the reader saw it (see <see cref="Hosting.PublicOrigin"/>), for the links in mails when no public URL is configured.</summary>
    public required string SiteUrl { get; init; }

    public AlertState State { get; init; } = AlertState.Pending;

    public required DateTimeOffset CreatedAt { get; init; }

    public string? ConfirmationHash { get; init; }

    public DateTimeOffset? ConfirmationExpires { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>
    /// The publication (see <see cref="StatementLedger"/>) up to which this subscriber has been told about every new
    /// matching statement: a digest lists only statements first published after it.
    /// </summary>
    public long Watermark { get; init; }

    public DateTimeOffset? LastSentAt { get; init; }

    public int DigestsSent { get; init; }
}

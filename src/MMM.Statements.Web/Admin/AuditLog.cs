using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using MMM.Statements.Model;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// One admin action: who did what, when, with which outcome, from which address. <see cref="Detail"/> is data (a file
/// name, a statement id), shown as it is; why an action failed is a typed <see cref="Reason"/> (and, for a file that
/// did not extract, its <see cref="Extraction"/> status), which the dashboard says in the reader's language.
/// </summary>
public sealed record AuditEntry(DateTimeOffset When, string Who, string Action, string Outcome, string? Address, string? Detail = null,
    AuditReason? Reason = null, ExtractionStatus? Extraction = null);

/// <summary>Why an admin action failed, as the audit log records it (by name, so that the log reads without the code).</summary>
public enum AuditReason
{
    NoBuildRunning,
    BuildAlreadyRunning,
    PasswordTooShort,
    PasswordWrongCurrent,
    PasswordUnchanged,
    UploadEmpty,
    UploadTooLarge,
    UploadExtensionNotAllowed,
    UploadContentMismatch,
    UploadNotExtracted,
    RestoreNameTaken,
    RestoreNotFound,
}

/// <summary>Action and outcome names written to the audit log; add yours here (e.g. <c>reindex</c>, <c>upload</c>).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string PasswordChange = "password-change";
    public const string PasswordSetAtStart = "password-set-at-start";
    public const string Reindex = "reindex";
    public const string Rebuild = "rebuild";
    public const string ReindexCancel = "reindex-cancel";
    public const string Upload = "upload";
    public const string UploadDiscard = "upload-discard";
    public const string Publish = "publish";
    public const string Replace = "replace";
    public const string Delete = "delete";
    public const string Restore = "restore";
    public const string AlertDelete = "alert-delete";

    public const string Success = "success";
    public const string Failure = "failure";
    public const string LockedOut = "locked-out";
    public const string Throttled = "throttled";
}

/// <summary>
/// The append-only audit log, <c>DataDirectory/audit.jsonl</c>: one JSON object per line. Call
/// <see cref="RecordAsync"/> from any admin action; the dashboard shows <see cref="ReadNewestFirstAsync"/>.
/// </summary>
public sealed class AuditLog
{
    public const string FileName = "audit.jsonl";
    private const int MaxFieldLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string path;
    private readonly TimeProvider clock;
    private readonly ILogger<AuditLog> logger;

    public AuditLog(IOptions<StatementsOptions> options, TimeProvider clock, ILogger<AuditLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.Value.DataDirectory);
        path = Path.Combine(options.Value.DataDirectory, FileName);
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Records an action of the request's user (or <paramref name="who"/>, for a sign-in attempt).</summary>
    public Task RecordAsync(HttpContext context, string action, string outcome, string? detail = null, string? who = null,
        AuditReason? reason = null, ExtractionStatus? extraction = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entry = new AuditEntry(
            clock.GetUtcNow(),
            Clip(who ?? context.User.Identity?.Name ?? "-"),
            action,
            outcome,
            context.Connection.RemoteIpAddress?.ToString(),
            detail is null ? null : Clip(detail),
            reason,
            extraction);
        return AppendAsync(entry, cancellationToken);
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        await gate.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(path, line, Encoding.UTF8, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
        logger.LogInformation("Audit: {Who} {Action} {Outcome} from {Address}", entry.Who, entry.Action, entry.Outcome, entry.Address);
    }

    /// <summary>The last <paramref name="max"/> entries, newest first. A damaged line is skipped, not fatal.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadNewestFirstAsync(int max = 200, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        string[] lines;
        await gate.WaitAsync(cancellationToken);
        try
        {
            lines = File.Exists(path) ? await File.ReadAllLinesAsync(path, cancellationToken) : [];
        }
        finally
        {
            gate.Release();
        }
        var entries = new List<AuditEntry>(Math.Min(max, lines.Length));
        for (var i = lines.Length - 1; i >= 0 && entries.Count < max; i--)
        {
            if (TryParse(lines[i]) is { } entry)
            {
                entries.Add(entry);
            }
        }
        return entries;
    }

    private static AuditEntry? TryParse(string line)
    {
        try
        {
            return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize<AuditEntry>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Clip(string value) => value.Length <= MaxFieldLength ? value : value[..MaxFieldLength];
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>
/// Receives one or several files into the quarantine. Each is checked (size, magic bytes against the extension,
/// extraction) and either waits for its preview or is refused with the reason; nothing reaches statements/ here.
/// </summary>
public sealed class UploadModel(AuditLog audit, IOptions<StatementsOptions> options, Taxonomy taxonomy, TimeProvider time, UiText text) : PageModel
{
    public const int MaxFilesPerPost = 20;

    public IReadOnlyList<PendingUpload> Pending { get; private set; } = [];

    public long MaxBytes => options.Value.MaxUploadBytes;

    /// <summary>One line per refused or accepted file of the last post (TempData survives the redirect).</summary>
    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public void OnGet() => Pending = Quarantine().List();

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        files ??= [];
        if (files.Count == 0)
        {
            Flash = text.Manage.NoFileChosen;
            FlashIsError = true;
            return RedirectToPage();
        }
        var quarantine = Quarantine();
        var lines = new List<string>();
        var refused = 0;
        PendingUpload? lastAccepted = null;
        foreach (var file in files.Take(MaxFilesPerPost))
        {
            UploadResult result;
            await using (var stream = file.OpenReadStream())
            {
                result = await quarantine.ReceiveAsync(stream, file.Length, file.FileName, User.Identity?.Name ?? "-", cancellationToken);
            }
            if (result.Pending is { } pending)
            {
                lastAccepted = pending;
                lines.Add(UiText.Format(text.Manage.UploadAcceptedFormat, result.OriginalName));
                await audit.RecordAsync(HttpContext, AuditActions.Upload, AuditActions.Success, result.OriginalName, cancellationToken: cancellationToken);
            }
            else
            {
                refused++;
                var reason = RefusalReason(text.Manage, text.Search, result, MaxBytes);
                lines.Add(UiText.Format(text.Manage.UploadRefusedFormat, result.OriginalName, reason));
                await audit.RecordAsync(HttpContext, AuditActions.Upload, AuditActions.Failure, result.OriginalName,
                    reason: AuditText.ForRefusal(result.Refusal), extraction: result.Status, cancellationToken: cancellationToken);
            }
        }
        if (files.Count > MaxFilesPerPost)
        {
            lines.Add(UiText.Format(text.Manage.TooManyFilesFormat, MaxFilesPerPost));
        }
        Flash = string.Join('\n', lines);
        FlashIsError = refused > 0;
        // A single good file goes straight to its preview; several are listed here.
        return files.Count == 1 && lastAccepted is not null
            ? RedirectToPage("/Admin/Preview", new { id = lastAccepted.Id })
            : RedirectToPage();
    }

    /// <summary>Why a file was refused, in the admin's language.</summary>
    public static string RefusalReason(ManageText text, SearchText search, UploadResult result, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal switch
        {
            UploadRefusal.Empty => text.RefusedEmpty,
            UploadRefusal.TooLarge => UiText.Format(text.RefusedTooLargeFormat, maxBytes / (1024 * 1024)),
            UploadRefusal.ExtensionNotAllowed => text.RefusedExtension,
            UploadRefusal.ContentDoesNotMatchExtension => text.RefusedContentMismatch,
            UploadRefusal.NotExtracted when result.Status is { } status => search.Extraction(status),
            _ => text.RefusedUnknown,
        };
    }

    private UploadQuarantine Quarantine() => new(options.Value, taxonomy, time);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>One statement of the live index with its files, as the management list shows it.</summary>
public sealed record ManagedStatement(SearchHit Hit, IReadOnlyList<StatementFile> Files);

/// <summary>
/// The statements of the live index, to replace a file of one or to delete one (its files go to the trash,
/// restorable). Both end with an update build.
/// </summary>
public sealed class StatementsModel(AuditLog audit, IOptions<StatementsOptions> options, Taxonomy taxonomy, TimeProvider time,
    StatementIndex index, IndexBuilds builds, UiText text) : PageModel
{
    public const int PageSize = 50;
    private const int MaxFilesPerStatement = 10;

    public IReadOnlyList<ManagedStatement> Statements { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public void OnGet()
    {
        if (index.Info is null)
        {
            return;
        }
        var query = (Q ?? "").Trim();
        var request = new SearchRequest
        {
            Query = query,
            Sort = query.Length == 0 ? SearchSort.Newest : SearchSort.Relevance,
            Size = PageSize,
            Page = Math.Max(1, PageNumber),
            Snippets = false,
            Facets = false,
            UiLanguage = SiteCultures.Current,
            EachVersion = true,
        };
        SearchResult? result = null;
        if (LooksLikeFileName(query))
        {
            // "csw70-en.pdf", "2026/oral": the files whose path holds it; words and symbols otherwise.
            result = index.Search(request with { FileContains = query, Sort = SearchSort.Newest }, HttpContext.RequestAborted);
        }
        if (result is null || result.Total == 0)
        {
            result = index.Search(request, HttpContext.RequestAborted);
        }
        Total = result.Total;
        Statements = result.Hits.Select(h => new ManagedStatement(h, FilesOf(h.Id))).ToList();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? id, CancellationToken cancellationToken)
    {
        var files = id is null ? [] : FilesOf(id);
        if (files.Count == 0)
        {
            return await FailAsync(AuditActions.Delete, id, text.Manage.StatementNotFound, cancellationToken);
        }
        string entry;
        try
        {
            entry = Trash().MoveToTrash(files.Select(f => f.Path).ToList(), id!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(AuditActions.Delete, id, UiText.Format(text.Manage.ActionFailedFormat, e.Message), cancellationToken);
        }
        var build = builds.StartOrQueue(full: false, User.Identity?.Name ?? "-");
        await audit.RecordAsync(HttpContext, AuditActions.Delete, AuditActions.Success, $"{id} → .trash/{entry}", cancellationToken: cancellationToken);
        Flash = UiText.Format(text.Manage.DeletedFormat, files[0].Path) + " " + BuildLine(build);
        FlashIsError = false;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReplaceAsync(string? id, int number, IFormFile? file, CancellationToken cancellationToken)
    {
        var target = id is null ? null : FilesOf(id).FirstOrDefault(f => f.Number == number);
        if (target is null)
        {
            return await FailAsync(AuditActions.Replace, id, text.Manage.StatementNotFound, cancellationToken);
        }
        if (file is null)
        {
            return await FailAsync(AuditActions.Replace, id, text.Manage.NoFileChosen, cancellationToken);
        }
        var quarantine = new UploadQuarantine(options.Value, taxonomy, time);
        UploadResult result;
        await using (var stream = file.OpenReadStream())
        {
            result = await quarantine.ReceiveAsync(stream, file.Length, file.FileName, User.Identity?.Name ?? "-", cancellationToken);
        }
        if (result.Pending is not { } pending)
        {
            return await FailAsync(AuditActions.Replace, id,
                UiText.Format(text.Manage.UploadRefusedFormat, result.OriginalName, UploadModel.RefusalReason(text.Manage, text.Search, result, options.Value.MaxUploadBytes)), cancellationToken);
        }
        if (CorpusPaths.FormatOfExtension(Path.GetExtension(target.Path)) != CorpusPaths.FormatOfExtension(pending.Extension))
        {
            quarantine.Discard(pending.Id);
            return await FailAsync(AuditActions.Replace, id, text.Manage.ReplaceFormatMismatch, cancellationToken);
        }
        try
        {
            new StatementPublisher(options.Value.SourceDirectory, quarantine, taxonomy).Replace(pending, target.Path, Trash());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            quarantine.Discard(pending.Id);
            return await FailAsync(AuditActions.Replace, id, UiText.Format(text.Manage.ActionFailedFormat, e.Message), cancellationToken);
        }
        var build = builds.StartOrQueue(full: false, User.Identity?.Name ?? "-");
        await audit.RecordAsync(HttpContext, AuditActions.Replace, AuditActions.Success, $"{target.Path} ← {result.OriginalName}", cancellationToken: cancellationToken);
        Flash = UiText.Format(text.Manage.ReplacedFormat, target.Path) + " " + BuildLine(build);
        FlashIsError = false;
        return RedirectToPage();
    }

    private string BuildLine(StartOutcome build) => build == StartOutcome.Started ? text.Manage.UpdateStarted : text.Manage.UpdateQueued;

    private async Task<IActionResult> FailAsync(string action, string? id, string message, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(HttpContext, action, AuditActions.Failure, $"{id}: {message}", cancellationToken: cancellationToken);
        Flash = message;
        FlashIsError = true;
        return RedirectToPage();
    }

    private static bool LooksLikeFileName(string query) =>
        query.Length > 0 && !query.Any(char.IsWhiteSpace) && query.IndexOfAny(['.', '/', '-', '_']) >= 0;

    private IReadOnlyList<StatementFile> FilesOf(string id)
    {
        var files = new List<StatementFile>();
        for (var n = 1; n <= MaxFilesPerStatement; n++)
        {
            if (index.GetFile(id, n) is not { } found)
            {
                break;
            }
            files.Add(found.File);
        }
        return files;
    }

    private StatementTrash Trash() => new(options.Value.SourceDirectory, time);
}

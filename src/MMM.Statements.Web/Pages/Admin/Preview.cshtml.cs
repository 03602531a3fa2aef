using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>The fields of the preview form as the browser posts them.</summary>
public sealed class PreviewForm
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Language { get; set; }
    public string? Body { get; set; }
    public string? Session { get; set; }
    public string? Type { get; set; }
    public string? Location { get; set; }
    public List<string> Topics { get; set; } = [];
    public string? Symbol { get; set; }

    /// <summary>Cited symbols, one per line or separated by commas or semicolons.</summary>
    public string? CitedSymbols { get; set; }

    public StatementFields ToFields() => new StatementFields
    {
        Title = Title ?? "",
        Date = Date ?? "",
        Language = Language ?? "",
        Body = Body ?? "",
        Session = Session ?? "",
        Type = Type ?? "",
        Location = Location ?? "",
        Topics = Topics,
        Symbol = Symbol ?? "",
        CitedSymbols = (CitedSymbols ?? "").Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
    }.Normalized();

    public static PreviewForm From(StatementFields fields) => new()
    {
        Title = fields.Title,
        Date = fields.Date,
        Language = fields.Language,
        Body = fields.Body,
        Session = fields.Session,
        Type = fields.Type,
        Location = fields.Location,
        Topics = fields.Topics.ToList(),
        Symbol = fields.Symbol,
        CitedSymbols = string.Join('\n', fields.CitedSymbols),
    };
}

/// <summary>
/// Shows what extraction and the tagger found in a quarantined upload, lets staff correct any field, then
/// publishes it (file into statements/, corrected fields as its sidecar, an update build) or discards it.
/// </summary>
public sealed class PreviewModel(AuditLog audit, IOptions<StatementsOptions> options, Taxonomy taxonomy, TimeProvider time, IndexBuilds builds, UiText text) : PageModel
{
    public PendingUpload? Pending { get; private set; }

    public Taxonomy Taxonomy => taxonomy;

    [BindProperty]
    public PreviewForm Form { get; set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashIsError { get; set; }

    public IActionResult OnGet(string? id)
    {
        Pending = Quarantine().Find(id);
        if (Pending is null)
        {
            return NotFoundFlash();
        }
        Form = PreviewForm.From(Pending.Detected);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string? id, CancellationToken cancellationToken)
    {
        var quarantine = Quarantine();
        Pending = quarantine.Find(id);
        if (Pending is null)
        {
            return NotFoundFlash();
        }
        var fields = Form.ToFields();
        Problems = fields.Problems(taxonomy, text.Manage);
        if (Problems.Count > 0)
        {
            return Page();
        }
        string published;
        try
        {
            published = new StatementPublisher(options.Value.SourceDirectory, quarantine, taxonomy).Publish(Pending, fields);
        }
        catch (IOException e)
        {
            await audit.RecordAsync(HttpContext, AuditActions.Publish, AuditActions.Failure, $"{Pending.OriginalName}: {e.Message}", cancellationToken: cancellationToken);
            Problems = [UiText.Format(text.Manage.PublishFailedFormat, e.Message)];
            return Page();
        }
        var build = builds.StartOrQueue(full: false, User.Identity?.Name ?? "-", added: [published]);
        await audit.RecordAsync(HttpContext, AuditActions.Publish, AuditActions.Success, published, cancellationToken: cancellationToken);
        Flash = UiText.Format(text.Manage.PublishedFormat, published) + " "
            + (build == StartOutcome.Started ? text.Manage.UpdateStarted : text.Manage.UpdateQueued);
        FlashIsError = false;
        return RedirectToPage("/Admin/Index");
    }

    public async Task<IActionResult> OnPostDiscardAsync(string? id, CancellationToken cancellationToken)
    {
        var quarantine = Quarantine();
        if (quarantine.Find(id) is not { } pending)
        {
            return NotFoundFlash();
        }
        quarantine.Discard(pending.Id);
        await audit.RecordAsync(HttpContext, AuditActions.UploadDiscard, AuditActions.Success, pending.OriginalName, cancellationToken: cancellationToken);
        Flash = UiText.Format(text.Manage.DiscardedFormat, pending.OriginalName);
        FlashIsError = false;
        return RedirectToPage("/Admin/Upload");
    }

    /// <summary>The label of a taxonomy id in the admin's language.</summary>
    public string Label(string facet, string id) => taxonomy.Label(facet, id, SiteCultures.Current);

    private IActionResult NotFoundFlash()
    {
        Flash = text.Manage.UploadNotFound;
        FlashIsError = true;
        return RedirectToPage("/Admin/Upload");
    }

    private UploadQuarantine Quarantine() => new(options.Value, taxonomy, time);
}

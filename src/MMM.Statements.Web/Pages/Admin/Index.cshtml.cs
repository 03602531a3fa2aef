using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MMM.Statements.Web.Admin;

namespace MMM.Statements.Web.Pages.Admin;

/// <summary>The admin dashboard: for now the audit log, newest first.</summary>
public sealed class DashboardModel(AuditLog audit) : PageModel
{
    public const int ShownEntries = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await audit.ReadNewestFirstAsync(ShownEntries, cancellationToken);
}

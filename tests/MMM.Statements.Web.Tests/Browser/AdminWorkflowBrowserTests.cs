using Microsoft.Playwright;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>A staff member's whole round in a real browser, on a site with its own corpus copy.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminWorkflowBrowserTests(BrowserFixture fixture)
{
    private const string Title = "Déclaration écrite sur les soins non rémunérés";
    private const string Id = "2023-declaration-ecrite-sur-les-soins-non-remuneres";

    [Fact]
    public async Task AStaffMemberReindexesUploadsCorrectsPublishesFindsDeletesAndRestores()
    {
        await using var site = await AdminSite.StartAsync();
        await AdminCrashTests.WaitForIdleAsync(await AdminCrashTests.SignedInClientAsync(site));
        // Work for the update build: a few new files, so that its progress can be watched.
        foreach (var (source, n) in Directory.GetFiles(Path.Combine(site.SourceDirectory, "2025"), "*.pdf").Take(6).Select((f, n) => (f, n)))
        {
            Directory.CreateDirectory(Path.Combine(site.SourceDirectory, "2027"));
            File.Copy(source, Path.Combine(site.SourceDirectory, "2027", $"copie-{n}.pdf"));
        }
        await using var browser = await site.NewPageAsync(fixture.Browser);
        var page = browser.Page;

        // Sign in.
        await page.GotoAsync("/admin");
        await page.FillAsync("#Username", "admin");
        await page.FillAsync("#Password", AdminSite.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.ArriveAtAsync("**/admin");
        await WaitForIdleAsync(page);
        Assert.Contains("2027/copie-0.pdf", await page.Locator("#disk-changes").InnerTextAsync());

        // Start an update build and watch its progress until the page reports the end.
        await page.ClickAsync("text=Mettre à jour (fichiers modifiés)");
        await page.ArriveAtAsync("**/admin");
        var seen = new List<(string Summary, int Done, int Total)>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!(await page.Locator("#last-build").InnerTextAsync()).Contains("réussie", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the update did not finish on the page within 3 minutes");
            var state = await EvaluateAsync<string[]>(page, """
                () => { const b = document.querySelector('#build-status'); const bar = b.querySelector('progress');
                        const s = b.querySelector('.admin-build__summary');
                        return bar && s ? [s.textContent, String(bar.value), String(bar.max)] : []; }
                """);
            if (state.Length == 3)
            {
                seen.Add((state[0], (int)double.Parse(state[1], System.Globalization.CultureInfo.InvariantCulture), (int)double.Parse(state[2], System.Globalization.CultureInfo.InvariantCulture)));
            }
            await Task.Delay(100);
        }
        Assert.Contains(seen, s => s.Summary.Contains(" sur ", StringComparison.Ordinal) && s.Summary.Contains("écoulées", StringComparison.Ordinal));
        Assert.Contains("Aucun changement : le dossier correspond à l’index.", await page.Locator("main").InnerTextAsync());
        Assert.Contains("réussie", await page.Locator("#build-history tbody tr").First.InnerTextAsync());
        await ScreenshotAsync(page, "admin-dashboard");

        // Upload a PDF, correct its session in the preview, publish.
        await page.GotoAsync("/admin/upload");
        await page.SetInputFilesAsync("#files", Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf"));
        await page.ClickAsync("text=Déposer et prévisualiser");
        await page.ArriveAtAsync("**/admin/preview?id=*");
        Assert.Equal("CSW68", await page.InputValueAsync("#Form_Session"));
        Assert.Contains("Le travail de soin non rémunéré", await page.Locator(".admin-first-page").InnerTextAsync());
        await ScreenshotAsync(page, "admin-preview");
        await page.FillAsync("#Form_Title", Title);
        await page.FillAsync("#Form_Session", "CSW67");
        await page.ClickAsync("text=Publier");
        await page.ArriveAtAsync("**/admin");
        Assert.Contains("Publié : 2023/declaration-ecrite-sur-les-soins-non-remuneres.pdf.", await page.Locator("main").InnerTextAsync());
        // The dashboard reloads itself when the build it shows ends; navigating away before that would race the reload.
        await page.WaitForSelectorAsync("#build-status[data-running='false']");
        await WaitForIdleAsync(page);

        // Find it by a search of the live index.
        await page.GotoAsync("/admin/statements?q=" + Uri.EscapeDataString("soins non rémunérés CSW67"));
        var row = page.Locator($"tr[data-id='{Id}']");
        Assert.Equal(Title, await row.Locator("td a").First.InnerTextAsync());

        // Delete it: it leaves the index and waits in the trash.
        await row.Locator("button:has-text('Supprimer')").ClickAsync();
        await page.ArriveAtAsync("**/admin/statements");
        Assert.Contains("Déclaration supprimée", await page.Locator("main").InnerTextAsync());
        await WaitForIdleAsync(page);
        await page.GotoAsync("/admin/statements?q=" + Uri.EscapeDataString("soins non rémunérés CSW67"));
        Assert.Equal(0, await page.Locator($"tr[data-id='{Id}']").CountAsync());

        // Restore it from the trash.
        await page.GotoAsync("/admin/trash");
        Assert.Contains("2023/declaration-ecrite-sur-les-soins-non-remuneres.pdf", await page.Locator("#trash").InnerTextAsync());
        await page.ClickAsync("#trash button:has-text('Restaurer')");
        await page.ArriveAtAsync("**/admin/trash");
        Assert.Contains("Restauré : ", await page.Locator("main").InnerTextAsync());
        await WaitForIdleAsync(page);
        await page.GotoAsync("/admin/statements?q=" + Uri.EscapeDataString("soins non rémunérés CSW67"));
        Assert.Equal(1, await page.Locator($"tr[data-id='{Id}']").CountAsync());
        Assert.True(File.Exists(Path.Combine(site.SourceDirectory, "2023", "declaration-ecrite-sur-les-soins-non-remuneres.pdf.meta.json")));

        browser.AssertClean();
    }

    /// <summary>
    /// Evaluates a script, again if the dashboard reloaded itself meanwhile (it does when the build it shows ends):
    /// that reload is the behaviour under test, not a failure.
    /// </summary>
    private static async Task<T> EvaluateAsync<T>(IPage page, string script)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await page.EvaluateAsync<T>(script);
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("navigation", StringComparison.OrdinalIgnoreCase))
            {
                await page.LoadedAsync();
            }
        }
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf(name), Type = ScreenshotType.Png, FullPage = true });
    }

    /// <summary>Waits, through the page's own session, until no build runs or is queued behind the current one.</summary>
    private static async Task WaitForIdleAsync(IPage page)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        // Twice idle in a row: a queued build starts the moment the previous one ends.
        var idle = 0;
        while (idle < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the build did not end within 3 minutes");
            var running = await EvaluateAsync<bool>(page, "() => fetch('/admin/api/build/progress', { cache: 'no-store' }).then(r => r.json()).then(j => j.running)");
            idle = running ? 0 : idle + 1;
            await Task.Delay(300);
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Search;
using MMM.Statements.Tests;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>The dashboard: index facts, disk changes, reindex buttons, live progress, history.</summary>
public sealed class DashboardTests : SignedInSiteTests
{
    private async Task<string> DashboardAsync() => WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin"));

    [Fact]
    public async Task TheDashboardDescribesTheLiveIndex()
    {
        var html = await DashboardAsync();

        Assert.Contains("Index de recherche", html);
        Assert.Contains("Version de l’analyseur", html);
        Assert.Contains("Commission de la condition de la femme", html); // a body in the per-facet counts
        // The protected PDF is in the sample corpus: listed with the reason, in French.
        Assert.Contains("2025/ecosoc-lettre-conjointe-systemes-de-soins.pdf", html);
        Assert.Contains("Fichier protégé par mot de passe", html);
        // The protected PDF has no readable text, yet it is indexed from its metadata: named for what it is, not among files left out.
        var withoutText = html.IndexOf("Indexés sans leur texte", StringComparison.Ordinal);
        Assert.True(withoutText > 0, "the heading of the files indexed without their text");
        Assert.DoesNotContain("Fichiers non indexés", html);
        Assert.True(html.LastIndexOf("2025/ecosoc-lettre-conjointe-systemes-de-soins.pdf", StringComparison.Ordinal) > withoutText);
        // The scans have a sidecar too, but their text is recognised (OCR): they are not files without text.
        Assert.DoesNotContain("2019/csocd57-oral-statement-scan.pdf", html);
        Assert.DoesNotContain("2022/hrc49-declaracion-oral-salud-mental-scan.pdf", html);
        Assert.Contains("Aucun changement : le dossier correspond à l’index.", html);
        Assert.Contains("Mettre à jour (fichiers modifiés)", html);
        Assert.Contains("Reconstruire entièrement", html);
    }

    [Fact]
    public async Task FilesAddedChangedOrRemovedOnDiskAreListedUntilTheNextBuild()
    {
        var added = Path.Combine(site.SourceDirectory, "2024", "nouvelle-declaration.pdf");
        File.Copy(Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf"), added);
        var modified = Path.Combine(site.SourceDirectory, "2025", "csw69-news-fr.html");
        await File.AppendAllTextAsync(modified, "\n<!-- edited -->\n");
        File.Delete(Path.Combine(site.SourceDirectory, "2025", "cpd58-declaration-orale-sante.html"));

        var html = await DashboardAsync();
        var changes = html[html.IndexOf("id=\"disk-changes\"", StringComparison.Ordinal)..];

        Assert.Contains("nouveau</span> <code>2024/nouvelle-declaration.pdf", changes);
        Assert.Contains("modifié</span> <code>2025/csw69-news-fr.html", changes);
        Assert.Contains("supprimé</span> <code>2025/cpd58-declaration-orale-sante.html", changes);

        await admin.FollowAsync(await admin.PostAsync("/admin?handler=update"));
        await site.Builds.IdleAsync();

        Assert.Contains("Aucun changement : le dossier correspond à l’index.", await DashboardAsync());
    }

    [Fact]
    public async Task AnUpdateRunsInTheBackgroundAndEndsInTheHistory()
    {
        var response = await admin.PostAsync("/admin?handler=update");
        var html = await admin.FollowAsync(response);
        await site.Builds.IdleAsync();

        Assert.Contains("La mise à jour de l’index a commencé.", html);
        var last = site.Builds.History[0];
        Assert.Equal("admin", last.RequestedBy);
        Assert.False(last.Full);
        Assert.Equal(BuildOutcome.Unchanged, last.Outcome);
        var after = await DashboardAsync();
        Assert.Contains("Dernière construction : rien à changer", after);
        Assert.Contains("Aucune construction en cours.", after);
    }

    [Fact]
    public async Task ASecondRequestWhileABuildRunsIsToldOneIsRunning()
    {
        Assert.Equal(StartOutcome.Started, site.Builds.TryStart(full: true, "test"));

        var page = await admin.FollowAsync(await admin.PostAsync("/admin?handler=update"));
        using var json = new HttpRequestMessage(HttpMethod.Post, "/admin?handler=rebuild")
        {
            Content = new FormUrlEncodedContent([new(Forms.TokenField, await admin.TokenAsync())]),
        };
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var api = await admin.Client.SendAsync(json);
        var progress = JsonDocument.Parse(await admin.Client.GetStringAsync("/admin/api/build/progress")).RootElement;

        Assert.Contains("Une construction est déjà en cours.", page);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        if (site.Builds.Current is not null)
        {
            Assert.True(progress.GetProperty("running").GetBoolean());
            Assert.True(progress.GetProperty("full").GetBoolean());
        }
        await site.Builds.IdleAsync();
        var audit = await File.ReadAllTextAsync(Path.Combine(site.DataDirectory, Web.Admin.AuditLog.FileName));
        Assert.Contains("\"action\":\"reindex\",\"outcome\":\"failure\"", audit);
        Assert.DoesNotContain(site.Builds.History, b => b.RequestedBy == "admin");
    }


    [Fact]
    public async Task CancellingABuildKeepsTheLiveIndex()
    {
        var before = site.Services.GetService(typeof(global::MMM.Statements.Search.StatementIndex)) is global::MMM.Statements.Search.StatementIndex index ? index.Info!.FileName : null;
        Assert.Equal(StartOutcome.Started, site.Builds.TryStart(full: true, "test"));

        var page = await admin.FollowAsync(await admin.PostAsync("/admin?handler=cancel"));
        await site.Builds.IdleAsync();

        Assert.Contains("Annulation demandée", page);
        Assert.Equal(BuildOutcome.Cancelled, site.Builds.History[0].Outcome);
        Assert.Equal(before, ((global::MMM.Statements.Search.StatementIndex)site.Services.GetService(typeof(global::MMM.Statements.Search.StatementIndex))!).Info!.FileName);
        Assert.Contains("annulée", await DashboardAsync());
    }

    [Fact]
    public async Task TheProgressEndpointSaysWhenNothingRuns()
    {
        var response = await admin.Client.GetAsync("/admin/api/build/progress");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(json.GetProperty("running").GetBoolean());
        Assert.Equal("unchanged", json.GetProperty("lastOutcome").GetString());
    }
}

/// <summary>A build the site died in is shown as interrupted after a restart, and the old index still serves.</summary>
public sealed class InterruptedBuildTests
{
    [Fact]
    public async Task ABuildStillRunningInTheHistoryFileIsShownAsInterrupted()
    {
        var data = Path.Combine(TestPaths.NewTempDirectory("mmm-web"), "app-data");
        Directory.CreateDirectory(data);
        // What builds.jsonl holds when the process is killed mid-build: the start line and nothing after it.
        await File.WriteAllTextAsync(Path.Combine(data, "builds.jsonl"),
            "{\"id\":\"deadbeef0001\",\"full\":true,\"requestedBy\":\"admin\",\"startedAt\":\"2026-11-22T10:00:00+00:00\",\"outcome\":\"running\"}\n");
        var root = Path.GetDirectoryName(data)!;
        var indexDirectory = Path.Combine(root, "index-data");
        Infrastructure.SharedIndex.CopyTo(indexDirectory);
        var live = Directory.GetFiles(indexDirectory, "segments_*").Select(Path.GetFileName).Single();
        // What the killed build had written and never committed: a segment no commit names.
        var orphan = Path.Combine(indexDirectory, "_zz9.cfs");
        await File.WriteAllTextAsync(orphan, "half a segment");
        using var site = new SiteFactory(dataDirectory: data);
        var admin = await AdminSession.SignInAsync(site);
        await site.Builds.IdleAsync();

        var html = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin"));
        var search = await site.NewClient().GetAsync("/healthz");

        Assert.Contains("La construction commencée le 2026-11-22 10:00:00 UTC a été interrompue", html);
        Assert.Contains("interrompue (le site s’est arrêté pendant la construction)", html);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(live, site.Services.GetRequiredService<StatementIndex>().Info!.FileName);
        Assert.False(File.Exists(orphan));
        Assert.Contains(site.Builds.History, b => b.Id == "deadbeef0001" && b.Outcome == BuildOutcome.Interrupted);
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MMM.Statements.Search;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Alerts;
using MMM.Statements.Web.Tests.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Alerts;

/// <summary>One site with its own corpus, sending its mail to a real SMTP server on the loopback; shared by the class's tests.</summary>
public sealed class AlertSite : IAsyncLifetime
{
    public SmtpSink Smtp { get; } = new();

    internal SiteFactory Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = Smtp.SiteSettings();
        // The sign-up limit has a test of its own; here it must not depend on how many sign-ups the other tests made.
        settings["Statements:AlertSignUpsPerHour"] = "1000";
        Site = new SiteFactory(ownCorpus: true, settings: settings);
        _ = Site.Services;
        await Site.Builds.IdleAsync();
        await WaitUntilDigestsCaughtUpAsync();
    }

    /// <summary>Waits until the digests worker has gone through the commit that serves (so "nothing was sent" is an answer).</summary>
    public Task WaitUntilDigestsCaughtUpAsync() => WaitUntilDigestsCaughtUpAsync(Site);

    internal static async Task WaitUntilDigestsCaughtUpAsync(SiteFactory site)
    {
        var index = site.Services.GetRequiredService<StatementIndex>();
        var digests = site.Services.GetRequiredService<AlertDigests>();
        var deadline = Stopwatch.StartNew();
        while (digests.ProcessedCommit is null || digests.ProcessedCommit != index.Info?.FileName)
        {
            Assert.True(deadline.Elapsed < SmtpSink.Deadline, "the alert digests did not go through the last publication");
            await Task.Delay(50);
        }
    }

    /// <summary>Adds an HTML statement to the site's corpus and publishes it the way the upload page does (an append build).</summary>
    public Task PublishAsync(string name, string title, string text) => PublishAsync(Site, name, title, text);

    internal static async Task PublishAsync(SiteFactory site, string name, string title, string text)
    {
        var folder = Path.Combine(site.SourceDirectory, "2026");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"),
            $"<!doctype html><html lang=\"fr\"><head><title>{title}</title></head><body><article><h1>{title}</h1><p>03.12.26</p><p>{text}</p></article></body></html>");
        site.Builds.StartOrQueue(full: false, "test", added: ["2026/" + name + ".html"]);
        await site.Builds.IdleAsync();
        await WaitUntilDigestsCaughtUpAsync(site);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>E-mail alerts end to end: the search page's form, the mails a real SMTP server receives, the links in them.</summary>
public sealed partial class AlertTests(AlertSite fixture) : IClassFixture<AlertSite>
{
    private SiteFactory Site => fixture.Site;

    private SmtpSink Smtp => fixture.Smtp;

    [Fact]
    public async Task AConfirmedSubscriberGetsOneDigestPerMatchingPublicationAndNothingAfterUnsubscribing()
    {
        const string reader = "reader@example.org";
        const string undecided = "undecided@example.org";
        var client = Site.NewClient();

        // The English search page offers the alert; the reader signs up from it.
        await SignUpAsync(client, "/?q=xylophage&lang=en", reader, "Check your mailbox");
        await SignUpAsync(Site.NewClient(), "/?q=xylophage&lang=en", undecided, "Check your mailbox");
        var confirmation = Assert.Single(await Smtp.WaitForAsync(reader, 1));
        Assert.StartsWith("Confirm your alert: xylophage", confirmation.Subject);
        Assert.Equal("en", confirmation.Body!.Headers[HeaderId.ContentLanguage]);
        var confirmLink = LinkTo("/alerts/confirm", confirmation);

        var confirmed = await client.GetAsync(PathOf(confirmLink));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Alert confirmed", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        // The link works once.
        var again = await client.GetAsync(PathOf(confirmLink));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Confirmation link not valid", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        // A publication that does not match sends nothing.
        await fixture.PublishAsync("note-zeugme", "Note sur le zeugme", "Une figure de style appelée zeugme.");
        Assert.Single(Smtp.MessagesTo(reader));

        await fixture.PublishAsync("rapport-xylophage", "Rapport sur les insectes xylophages", "Le xylophage ronge le bois des charpentes.");
        var messages = await Smtp.WaitForAsync(reader, 2);
        var digest = messages[1];
        Assert.Equal(2, messages.Count);
        Assert.Equal("1 new statement: xylophage", digest.Subject);
        Assert.Equal("en", digest.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("Rapport sur les insectes xylophages", digest.TextBody);
        Assert.DoesNotContain("zeugme", digest.TextBody);
        var statementLink = LinkTo("/statements/", digest);
        var statementPage = await client.GetStringAsync(PathOf(statementLink));
        Assert.Contains("Rapport sur les insectes xylophages", WebUtility.HtmlDecode(statementPage));
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = ListUnsubscribe(digest);
        Assert.Equal(unsubscribe, LinkTo("/alerts/unsubscribe", digest));

        // The next matching publication lists only what it brought.
        await fixture.PublishAsync("suite-xylophage", "Suite sur le xylophage", "Encore un xylophage dans la charpente.");
        var next = (await Smtp.WaitForAsync(reader, 3))[2];
        Assert.Equal(3, Smtp.MessagesTo(reader).Count);
        Assert.Contains("Suite sur le xylophage", next.TextBody);
        Assert.DoesNotContain("Rapport sur les insectes xylophages", next.TextBody);

        // The unconfirmed address got its confirmation and nothing else.
        Assert.Single(Smtp.MessagesTo(undecided));

        // One click in the mail program: a POST without a page or a form token.
        var oneClick = await client.PostAsync(PathOf(unsubscribe), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("Unsubscribed", WebUtility.HtmlDecode(await oneClick.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PathOf(unsubscribe))).StatusCode);

        await fixture.PublishAsync("fin-xylophage", "Fin du xylophage", "Le dernier xylophage quitte la charpente.");
        Assert.Equal(3, Smtp.MessagesTo(reader).Count);
        Assert.Single(Smtp.MessagesTo(undecided));
    }

    [Fact]
    public async Task TheUnsubscribePageAsksFirstAndItsButtonEndsTheAlert()
    {
        const string reader = "asker@example.org";
        var client = Site.NewClient();
        await SignUpAsync(client, "/?q=soins&lang=es", reader, "Revise su buzón");
        var confirmation = Assert.Single(await Smtp.WaitForAsync(reader, 1));
        Assert.StartsWith("Confirme su alerta: soins", confirmation.Subject);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PathOf(LinkTo("/alerts/confirm", confirmation)))).StatusCode);
        var subscription = Assert.Single(Site.Services.GetRequiredService<AlertSubscriptions>().All, s => s.Address == reader);
        var unsubscribe = Site.Services.GetRequiredService<AlertDigests>().UnsubscribeUrl(subscription);

        var ask = WebUtility.HtmlDecode(await client.GetStringAsync(PathOf(unsubscribe)));
        Assert.Contains("¿Dejar de recibir las alertas de esta búsqueda?", ask);
        Assert.DoesNotContain(reader, ask);
        Assert.Contains(subscription.Id, Site.Services.GetRequiredService<AlertSubscriptions>().All.Select(s => s.Id));

        // The page's own button posts back to the same address.
        var token = await Forms.TokenFromAsync(client, PathOf(unsubscribe));
        var done = await Forms.PostAsync(client, PathOf(unsubscribe), token);
        Assert.Contains("Baja realizada", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(Site.Services.GetRequiredService<AlertSubscriptions>().All, s => s.Address == reader);
        Assert.DoesNotContain(reader, await File.ReadAllTextAsync(Path.Combine(Site.DataDirectory, "alerts", "subscriptions.json")));
    }

    [Fact]
    public async Task StaffSeeTheAddressOnTheAdminPageWhilePublicPagesAndTheStoreNeverShowItOrTheToken()
    {
        const string reader = "private.reader@example.org";
        var client = Site.NewClient();
        var search = await client.GetStringAsync("/?q=digital&topic=digital");
        var answer = await SignUpAsync(client, "/?q=digital&topic=digital", reader, "Vérifiez votre boîte mail");
        var confirmation = Assert.Single(await Smtp.WaitForAsync(reader, 1));
        var confirmLink = LinkTo("/alerts/confirm", confirmation);
        var token = Regex.Match(confirmLink, "token=([^&]+)").Groups[1].Value;
        var confirmed = await client.GetStringAsync(PathOf(confirmLink));

        foreach (var page in new[] { search, answer, confirmed, await client.GetStringAsync("/?q=digital&topic=digital") })
        {
            Assert.DoesNotContain("private.reader", page);
        }
        Assert.DoesNotContain("private.reader", confirmLink);
        var store = await File.ReadAllTextAsync(Path.Combine(Site.DataDirectory, "alerts", "subscriptions.json"));
        Assert.Contains(reader, store);
        Assert.DoesNotContain(Uri.UnescapeDataString(token), store);

        var admin = await AdminSession.SignInAsync(Site);
        var list = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/admin/alerts"));
        Assert.Contains(reader, list);
        Assert.Contains("confirmée", list);
        var id = Assert.Single(Site.Services.GetRequiredService<AlertSubscriptions>().All, s => s.Address == reader).Id;

        var deleted = await admin.FollowAsync(await admin.PostAsync("/admin/alerts?handler=delete", ("id", id)));
        Assert.Contains("Alerte supprimée", deleted);
        Assert.DoesNotContain(reader, deleted);
        var audit = await File.ReadAllTextAsync(Path.Combine(Site.DataDirectory, AuditLog.FileName));
        Assert.Contains("\"action\":\"alert-delete\",\"outcome\":\"success\"", audit);
        Assert.DoesNotContain(reader, audit);
    }

    [Theory]
    [InlineData("not-an-address", "q=soins", "Cette adresse e-mail n’est pas valide")]
    [InlineData("Someone <a@example.org>", "q=soins", "Cette adresse e-mail n’est pas valide")]
    [InlineData("a@example.org, b@example.org", "q=soins", "Cette adresse e-mail n’est pas valide")]
    [InlineData("a@example.org", "q=soins&sort=sideways", "Cette recherche ne peut pas être suivie")]
    [InlineData("a@example.org", "topic=%3Cscript%3E", "Cette recherche ne peut pas être suivie")]
    public async Task ABadSignUpIsRefusedWithItsReasonAndSendsNothing(string address, string search, string reason)
    {
        var client = Site.NewClient();
        var token = await Forms.TokenFromAsync(client, "/?q=soins");
        var before = Directory.GetFiles(Smtp.Folder, "*.eml").Length;

        var response = await Forms.PostAsync(client, "/alerts", token, ("address", address), ("search", search));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(Site.Services.GetRequiredService<AlertSubscriptions>().All, s => s.Address == address);
        Assert.Equal(before, Directory.GetFiles(Smtp.Folder, "*.eml").Length);
    }

    [Theory]
    [InlineData("/alerts/confirm?token=forged", HttpStatusCode.BadRequest)]
    [InlineData("/alerts/confirm", HttpStatusCode.BadRequest)]
    [InlineData("/alerts/unsubscribe?token=abc.def", HttpStatusCode.NotFound)]
    [InlineData("/alerts/unsubscribe?token=%00%0A", HttpStatusCode.NotFound)]
    public async Task AForgedTokenGetsAClearAnswer(string url, HttpStatusCode status)
    {
        var response = await Site.NewClient().GetAsync(url + (url.Contains('?') ? "&" : "?") + "x=" + new string('a', 3000));
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("<h1>Lien", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ASignUpWithoutTheFormTokenIsRefused()
    {
        var response = await Forms.PostAsync(Site.NewClient(), "/alerts", token: null, ("address", "csrf@example.org"), ("search", "q=soins"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Site.Services.GetRequiredService<AlertSubscriptions>().All, s => s.Address == "csrf@example.org");
    }

    [Fact]
    public async Task SignUpsPastTheHourlyLimitAreRefusedWith429AndTheRecordedOnesSurviveARestart()
    {
        var settings = Smtp.SiteSettings();
        settings["Statements:AlertSignUpsPerHour"] = "3";
        using var limited = new SiteFactory(settings: settings);
        var client = limited.NewClient();
        for (var i = 0; i < 3; i++)
        {
            await SignUpAsync(client, "/?q=soins", $"limit{i}@example.org", "Vérifiez votre boîte mail");
        }

        var token = await Forms.TokenFromAsync(client, "/?q=soins");
        var refused = await Forms.PostAsync(client, "/alerts", token, ("address", "limit3@example.org"), ("search", "q=soins"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "a refused sign-up says when to try again");
        using var restarted = new SiteFactory(settings: settings, dataDirectory: limited.DataDirectory);
        var kept = restarted.Services.GetRequiredService<AlertSubscriptions>().All.Select(s => s.Address).Order().ToList();
        Assert.Equal(["limit0@example.org", "limit1@example.org", "limit2@example.org"], kept);
    }

    [Fact]
    public async Task ADigestTheMailServerMissedIsSentWithTheNextPublication()
    {
        const string reader = "patient@example.org";
        using var first = new SmtpSink();
        using var site = new SiteFactory(ownCorpus: true, settings: first.SiteSettings());
        await site.Builds.IdleAsync();
        await AlertSite.WaitUntilDigestsCaughtUpAsync(site);
        var client = site.NewClient();
        await SignUpAsync(client, "/?q=ornithorynque", reader, "Vérifiez votre boîte mail");
        var confirmation = Assert.Single(await first.WaitForAsync(reader, 1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PathOf(LinkTo("/alerts/confirm", confirmation)))).StatusCode);

        // The mail server goes away; the publication that should have sent a digest sends nothing, and the site carries on.
        first.Dispose();
        await AlertSite.PublishAsync(site, "note-ornithorynque", "Note sur l’ornithorynque", "Un ornithorynque au bord de la rivière.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?q=ornithorynque")).StatusCode);

        // It comes back where the site expects it: the next publication, though it matches nothing, sends what was missed.
        using var second = new SmtpSink(first.Port);
        await AlertSite.PublishAsync(site, "note-sans-rapport", "Note sans rapport", "Une note sur le calendrier.");
        var digest = Assert.Single(await second.WaitForAsync(reader, 1));
        Assert.Contains("Note sur l’ornithorynque", digest.TextBody);
        Assert.DoesNotContain("Note sans rapport", digest.TextBody);
    }

    /// <summary>Signs up through the search page's form and returns the answer page.</summary>
    private static async Task<string> SignUpAsync(HttpClient client, string searchUrl, string address, string expected)
    {
        var page = await client.GetStringAsync(searchUrl);
        var search = WebUtility.HtmlDecode(SearchField().Match(page).Groups[1].Value);
        var action = WebUtility.HtmlDecode(FormAction().Match(page).Groups[1].Value);
        Assert.StartsWith("/alerts", action);
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        var response = await Forms.PostAsync(client, action, token, ("address", address), ("search", search));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html);
        return html;
    }

    /// <summary>The link of <paramref name="message"/> that goes to <paramref name="path"/>; the same in its text and HTML parts.</summary>
    private static string LinkTo(string path, MimeMessage message)
    {
        var links = Link().Matches(message.TextBody ?? "").Select(m => m.Value).Where(l => new Uri(l).AbsolutePath.StartsWith(path, StringComparison.Ordinal)).ToList();
        var link = links.First();
        Assert.Contains(WebUtility.HtmlEncode(link), message.HtmlBody);
        return link;
    }

    private static string ListUnsubscribe(MimeMessage message)
    {
        var header = message.Headers["List-Unsubscribe"];
        Assert.NotNull(header);
        Assert.Matches("^<https?://[^>]+>$", header);
        return header[1..^1];
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"<input type=""hidden"" name=""search"" value=""([^""]*)""")]
    private static partial Regex SearchField();

    [GeneratedRegex(@"<form[^>]*action=""(/alerts[^""]*)""")]
    private static partial Regex FormAction();

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenField();
}

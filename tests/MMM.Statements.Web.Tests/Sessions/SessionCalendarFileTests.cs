using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using MMM.Statements.Search;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Sessions;

public sealed class SessionCalendarFileTests
{
    [Fact]
    public async Task ASessionTheFileDoesNotKnowHasNoPageButItsStatementsStayListed()
    {
        using var site = new SiteFactory(ownCorpus: true);
        var path = Path.Combine(site.SourceDirectory, "sessions.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        var sessions = json["sessions"]!.AsArray();
        sessions.Remove(sessions.Single(s => (string?)s!["session"] == "CSW69"));
        File.WriteAllText(path, json.ToJsonString());
        var client = site.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sessions/CSW69")).StatusCode);
        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/sessions"));
        var other = list.QuerySelector("#body-unlisted")!.ParentElement!;
        var link = other.QuerySelectorAll(".session-list__item a").Single();
        Assert.Equal("CSW69", link.TextContent);
        Assert.Equal("/?session=CSW69", link.GetAttribute("href"));
        Assert.Equal("/sessions/CSW68", list.QuerySelector(".session-list__item a[href='/sessions/CSW68']")!.GetAttribute("href"));
        // Its statements keep their plain session line, without a link to a page that does not exist.
        var statement = await client.GetStringAsync("/statements/2025-csw69-news-fr");
        Assert.DoesNotContain("/sessions/CSW69", statement);
        Assert.Contains("href=\"/?session=CSW69\"", statement);
    }

    [Fact]
    public async Task ASessionWithMoreStatementsThanASearchPageListsThemAll()
    {
        using var site = new SiteFactory(ownCorpus: true);
        var folder = Directory.CreateDirectory(Path.Combine(site.SourceDirectory, "2022", "csocd60")).FullName;
        const int count = SearchRequest.MaxSize + 7;
        var start = new DateOnly(2021, 11, 1);
        for (var i = 0; i < count; i++)
        {
            var name = $"note-{i:D2}.html";
            File.WriteAllText(Path.Combine(folder, name),
                $"<!DOCTYPE html><html lang=\"fr\"><head><title>Note {i}</title></head><body><article><h1>Note {i}</h1><p>Note de préparation numéro {i} pour la session.</p></article></body></html>");
            File.WriteAllText(Path.Combine(folder, name + ".meta.json"),
                $$"""{"session":"CSocD60","body":"CSocD","type":"news","date":"{{start.AddDays(count - i):yyyy-MM-dd}}"}""");
        }
        var client = site.NewClient();
        await site.Builds.IdleAsync();
        Assert.Equal(StartOutcome.Started, site.Builds.TryStart(full: false, "test"));
        await site.Builds.IdleAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/sessions/CSocD60"));

        var items = page.QuerySelectorAll("li.session-item").ToList();
        Assert.Equal(count, items.Count);
        Assert.Equal(count, items.Select(i => i.GetAttribute("data-id")).Distinct().Count());
        var dates = items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void AnInvalidSessionsFileStopsTheSiteAtStartAndSaysWhy()
    {
        using var site = new SiteFactory(ownCorpus: true);
        File.WriteAllText(Path.Combine(site.SourceDirectory, "sessions.json"), """{"version":1,"sessions":[{"session":"CSW68","month":"2024-3"}]}""");

        var error = Assert.ThrowsAny<Exception>(() => site.NewClient());

        var message = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("sessions.json cannot be read", message);
        Assert.Contains("CSW68", message);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
        if (e is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
            {
                yield return inner;
            }
        }
    }
}

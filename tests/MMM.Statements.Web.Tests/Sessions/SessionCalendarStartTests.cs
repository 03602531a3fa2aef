using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Sessions;

public sealed class SessionCalendarStartTests
{
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

using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Sessions;

/// <summary>
/// The session calendar behind <c>/sessions</c>: <c>sessions.json</c> from the statements folder (the bundled copy when
/// the folder has none), read against the site's taxonomy and checked at start, so a bad file stops the site with its
/// reason instead of failing on the first visit. Also the sitemap, which lists the session pages in each language.
/// </summary>
public static class SessionHosting
{
    public const string FileName = "sessions.json";

    public static IServiceCollection AddSessionPages(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var path = Path.Combine(sp.GetRequiredService<IOptions<StatementsOptions>>().Value.SourceDirectory, FileName);
            var taxonomy = sp.GetRequiredService<Taxonomy>();
            if (!File.Exists(path))
            {
                return SessionCalendar.Default;
            }
            try
            {
                return SessionCalendar.Load(path, taxonomy);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"{path} cannot be read: {e.Message}", e);
            }
        });
        services.AddHostedService<SessionCalendarCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/sitemap.xml", Sitemap).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        return app;
    }

    /// <summary>The link to a session's page.</summary>
    public static string PageLink(string session) => "/sessions/" + Uri.EscapeDataString(session);

    /// <summary>How many statements (each counted once, whatever its language versions) the index holds per session.</summary>
    public static IReadOnlyDictionary<string, int> Counts(StatementIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var result = index.Search(new SearchRequest { Size = 1, Snippets = false, Facets = true });
        return (result.Facets.GetValueOrDefault(FacetNames.Session) ?? []).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// The public pages that do not depend on a search: home, the session list and every session, the topic list and
    /// every topic's timeline, each in the three languages.
    /// </summary>
    private static async Task Sitemap(HttpContext context, SessionCalendar calendar, Taxonomy taxonomy)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string xhtml = "http://www.w3.org/1999/xhtml";
        var paths = new List<string> { "/", "/sessions" };
        paths.AddRange(calendar.Sessions.Select(s => PageLink(s.Key)));
        paths.Add("/topics");
        paths.AddRange(taxonomy.Topics.Select(t => Timeline.TimelineLinks.Topic(t.Id)));
        context.Response.ContentType = "application/xml; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var xml = SafeXmlWriter.Over(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            xml.WriteAttributeString("xmlns", "xhtml", null, xhtml);
            foreach (var path in paths)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, StatementsFeeds.Absolute(context, path));
                foreach (var language in SiteCultures.All)
                {
                    xml.WriteStartElement("link", xhtml);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", language);
                    xml.WriteAttributeString("href", StatementsFeeds.Absolute(context, path + "?" + SiteCultures.QueryKey + "=" + language));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>Reads the calendar once at start: an invalid file stops the site with the file's name and what is wrong.</summary>
    private sealed class SessionCalendarCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<SessionCalendar>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

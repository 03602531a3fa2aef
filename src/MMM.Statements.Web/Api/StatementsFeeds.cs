using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using MMM.Statements.Model;
using MMM.Statements.Search;
using MMM.Statements.Tagging;
using MMM.Statements.Text;
using MMM.Statements.Web.Hosting;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Api;

/// <summary>Links to a statement's files; downloads are addressed by statement id and file number only.</summary>
public static class FileLinks
{
    /// <summary>The query parameter that asks for a PDF to be shown in the browser rather than saved (<c>?inline=1</c>).</summary>
    public const string InlineKey = "inline";

    /// <summary>The file as a download (an attachment).</summary>
    public static string Download(string id, int number) =>
        "/statements/" + Uri.EscapeDataString(id) + "/files/" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A PDF shown in the browser's own viewer (HTML files are always downloads).</summary>
    public static string View(string id, int number) => Download(id, number) + "?" + InlineKey + "=1";

    /// <summary>
    /// Browsers' PDF viewers open the file at the page named in the fragment; only a file they show (inline) has
    /// pages to open, a downloaded one goes to the downloads folder.
    /// </summary>
    public static string AtPage(string id, int number, int page) =>
        View(id, number) + "#page=" + page.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The Atom feed and CSV export of a search, the file downloads, the citation files and the symbol resolver.</summary>
public static class StatementsFeeds
{
    public const int MaxExportRows = 1000;
    public const int FeedEntries = 50;

    public static IEndpointRouteBuilder MapStatementsFeeds(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/feed.atom", Feed).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        app.MapGet("/export.csv", Export).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        app.MapGet("/symbol/{*symbol}", ResolveSymbol).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        app.MapGet("/statements/{id}/files/{number:int}", Download).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        app.MapGet("/statements/{id}/cite.ris", Ris).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        app.MapGet("/statements/{id}/cite.bib", BibTex).RequireRateLimiting(RateLimits.Search).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The resolver's link for a symbol: each segment percent-encoded once (a cited "symbol" comes from a sidecar and may
    /// hold '#', '?' or '%'), the slashes between segments kept, as symbols read naturally in a URL.
    /// </summary>
    public static string SymbolLink(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return "/symbol/" + string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString));
    }

    private static IResult ResolveSymbol(string? symbol, StatementIndex index)
    {
        // The server has decoded the path once already, all but "%2F" (an encoded slash): decode only that, never twice.
        symbol = (symbol ?? "").Replace("%2F", "/", StringComparison.OrdinalIgnoreCase).Trim();
        if (symbol.Length == 0 || symbol.Length > 100)
        {
            return Results.Redirect("/");
        }
        return index.ResolveSymbol(symbol) is { } id
            ? Results.Redirect("/statements/" + Uri.EscapeDataString(id))
            : Results.Redirect(new SearchState { Query = symbol }.Href());
    }

    private static IResult Download(string id, int number, string? inline, StatementIndex index, IOptions<StatementsOptions> options)
    {
        if (index.GetFile(id, number) is not { } found)
        {
            return Results.NotFound();
        }
        var root = Path.GetFullPath(options.Value.SourceDirectory);
        var full = Path.GetFullPath(Path.Combine(root, found.SourceRelativePath));
        // The index is trusted, but a path that climbs out of the corpus is never served.
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return Results.NotFound();
        }
        var isPdf = found.File.Format == DocumentFormat.Pdf;
        var contentType = isPdf ? "application/pdf" : "text/plain; charset=utf-8";
        // Only a PDF is ever shown: the browser's viewer renders it in the file response's sandbox. An HTML file stays
        // a download of its source, never a page on the site's origin (H02).
        var disposition = isPdf && inline == "1" ? FileDisposition.Inline : FileDisposition.Attachment;
        return new SandboxedFileResult(File.OpenRead(full), contentType, found.File.FileName, disposition);
    }

    private static IResult Ris(string id, HttpContext context, StatementIndex index, Taxonomy taxonomy, UiText text) =>
        CitationFile(id, context, index, taxonomy, text, c => c.ToRis(), "application/x-research-info-systems", ".ris");

    private static IResult BibTex(string id, HttpContext context, StatementIndex index, Taxonomy taxonomy, UiText text) =>
        CitationFile(id, context, index, taxonomy, text, c => c.ToBibTex(id), "application/x-bibtex; charset=utf-8", ".bib");

    private static IResult CitationFile(string id, HttpContext context, StatementIndex index, Taxonomy taxonomy, UiText text,
        Func<Citation, string> format, string contentType, string extension)
    {
        if (index.Get(id, SiteCultures.Current) is not { } details)
        {
            return Results.NotFound();
        }
        var citation = Citation.For(details.Summary, taxonomy, text.Search, SiteCultures.Current, Absolute(context, details.Summary.Url));
        var bytes = Encoding.UTF8.GetBytes(format(citation));
        return new SandboxedFileResult(new MemoryStream(bytes), contentType, SafeName(id) + extension);
    }

    private static IResult Feed(HttpContext context, StatementIndex index, Taxonomy taxonomy, UiText text)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        if (error != SearchStateError.None)
        {
            return Results.BadRequest();
        }
        // A subscription wants the newest statements that match, whatever order the page was showing.
        var result = index.Search(state.ToRequest(SiteCultures.Current, facets: false) with { Sort = SearchSort.Newest, Page = 1, Size = FeedEntries, Unit = SearchUnit.Statement }, context.RequestAborted);
        var stream = new MemoryStream();
        using (var xml = SafeXmlWriter.Over(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, SiteCultures.Current);
            var selfUrl = Absolute(context, (state with { Page = 1, Sort = SearchSort.Relevance }).Href("/feed.atom"));
            xml.WriteElementString("id", atom, selfUrl);
            xml.WriteElementString("title", atom, state.Query.Length == 0 && !state.HasFilters
                ? text.SiteName
                : text.SiteName + " — " + Describe(state, taxonomy, text.Search));
            xml.WriteElementString("updated", atom, Timestamp(result.Hits.Select(h => h.Date).Max()));
            WriteLink(xml, atom, "self", selfUrl, "application/atom+xml");
            WriteLink(xml, atom, "alternate", Absolute(context, (state with { Sort = SearchSort.Newest, Page = 1 }).Href()), "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, Citation.Author);
            xml.WriteEndElement();
            foreach (var hit in result.Hits)
            {
                var url = Absolute(context, hit.Url);
                xml.WriteStartElement("entry", atom);
                xml.WriteAttributeString("xml", "lang", null, hit.Language);
                xml.WriteElementString("id", atom, url);
                xml.WriteElementString("title", atom, hit.Title);
                xml.WriteElementString("updated", atom, Timestamp(hit.Date));
                WriteLink(xml, atom, "alternate", url, "text/html");
                foreach (var topic in hit.Topics)
                {
                    xml.WriteStartElement("category", atom);
                    xml.WriteAttributeString("term", topic);
                    // The term is the topic's id, for programs; the label is for the people who read the feed.
                    xml.WriteAttributeString("label", taxonomy.Label(FacetNames.Topic, topic, SiteCultures.Current));
                    xml.WriteEndElement();
                }
                var summary = string.Join(" ", new[] { hit.Session, hit.Symbols.FirstOrDefault() }.Where(v => v is not null));
                if (hit.Snippets.FirstOrDefault() is { } snippet)
                {
                    xml.WriteStartElement("summary", atom);
                    xml.WriteAttributeString("type", "html");
                    // The snippet is already encoded HTML with <mark>; the XML writer escapes it once more, as type="html" expects.
                    xml.WriteString((summary.Length > 0 ? System.Net.WebUtility.HtmlEncode(summary) + " — " : "") + snippet.Html);
                    xml.WriteEndElement();
                }
                else if (summary.Length > 0)
                {
                    xml.WriteElementString("summary", atom, summary);
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Results.Bytes(stream.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static IResult Export(HttpContext context, StatementIndex index)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        if (error != SearchStateError.None)
        {
            return Results.BadRequest();
        }
        var csv = new StringBuilder();
        if (state.Unit == SearchUnit.Ask)
        {
            return Csv(AskRows(csv, context, index, state));
        }
        csv.Append("id,title,date,language,body,session,year,symbols,topics,type,location,url\r\n");
        // Every language version is a row of its own: a spreadsheet of the corpus leaves none out.
        var request = state.ToRequest(SiteCultures.Current, snippets: false, facets: false) with { EachVersion = true };
        foreach (var hit in index.AllHits(request, MaxExportRows, context.RequestAborted))
        {
            Row(csv, hit.Id, hit.Title, hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Language, hit.Body, hit.Session,
                hit.Year?.ToString(CultureInfo.InvariantCulture), string.Join("; ", hit.Symbols), string.Join("; ", hit.Topics),
                hit.Type, hit.Location, Absolute(context, hit.Url));
        }
        return Csv(csv);
    }

    /// <summary>One row per ask of the search (each language version's asks are its own), in the search's order.</summary>
    private static StringBuilder AskRows(StringBuilder csv, HttpContext context, StatementIndex index, SearchState state)
    {
        csv.Append("id,title,symbol,session,date,ask,text,url\r\n");
        var request = state.ToRequest(SiteCultures.Current, snippets: false, facets: false);
        foreach (var hit in index.AllHits(request, MaxExportRows, context.RequestAborted))
        {
            Row(csv, hit.Id, hit.Title, string.Join("; ", hit.Symbols), hit.Session, hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                hit.AskNumber?.ToString(CultureInfo.InvariantCulture), hit.AskText, Absolute(context, hit.Url));
        }
        return csv;
    }

    private static SandboxedFileResult Csv(StringBuilder csv)
    {
        // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return new SandboxedFileResult(new MemoryStream(bytes), "text/csv; charset=utf-8", "mmm-statements.csv");
    }

    internal static void Row(StringBuilder csv, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            // One line per record, and no control character (an ESC would reach a terminal that prints the file).
            var cell = UnsafeCharacters.CleanLine(cells[i] ?? "");
            // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                cell = "'" + cell;
            }
            csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        csv.Append("\r\n");
    }

    /// <summary>The search in words: its query, then each filter by its label in the reader's language (never the id).</summary>
    private static string Describe(SearchState state, Taxonomy taxonomy, SearchText text) =>
        string.Join(" · ", new[] { state.Query }
            .Concat(state.Filters.SelectMany(f => f.Value.Select(v => SiteLabels.Of(taxonomy, text, f.Key, v, SiteCultures.Current))))
            .Where(v => v.Length > 0));

    private static string Timestamp(DateOnly? date) =>
        (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void WriteLink(XmlWriter xml, string ns, string rel, string href, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Never from the raw Host header: see PublicOrigin.
    internal static string Absolute(HttpContext context, string pathAndQuery) =>
        context.RequestServices.GetRequiredService<PublicOrigin>().Absolute(context, pathAndQuery);

    private static string SafeName(string id)
    {
        var name = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return name.Length == 0 ? "statement" : name;
    }
}

/// <summary>Whether a browser saves a file (attachment) or shows it (inline: PDFs only, in their viewer).</summary>
internal enum FileDisposition
{
    Attachment,
    Inline,
}

/// <summary>
/// A file with its UTF-8 name (RFC 6266 / 5987), never sniffed, under a policy that sandboxes it: whatever the file
/// holds (a PDF's JavaScript, an HTML source opened by hand), it runs nothing, loads nothing and cannot be framed.
/// </summary>
internal sealed class SandboxedFileResult(Stream content, string contentType, string fileName, FileDisposition disposition = FileDisposition.Attachment) : IResult
{
    /// <summary>
    /// Replaces the pages' policy for this response. Chromium's and Firefox's PDF viewers still show a sandboxed PDF
    /// (the viewer runs in its own, privileged frame); nothing in the file itself gets scripts, plugins or the origin.
    /// </summary>
    public const string Policy = "sandbox; default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var stream = content;
        var ascii = new string(fileName.Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray());
        var type = disposition == FileDisposition.Inline ? "inline" : "attachment";
        httpContext.Response.ContentType = contentType;
        httpContext.Response.Headers.ContentDisposition = $"{type}; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        httpContext.Response.Headers.ContentSecurityPolicy = Policy;
        if (stream.CanSeek)
        {
            httpContext.Response.ContentLength = stream.Length;
        }
        await stream.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}

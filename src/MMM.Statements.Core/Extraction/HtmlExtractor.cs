using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Model;
using MMM.Statements.Text;

namespace MMM.Statements.Extraction;

/// <summary>
/// Extracts an HTML page's main content and metadata (title, date, language, lead line, linked PDFs) with AngleSharp.
/// Size and nesting are bounded before parsing, and parsing runs on a thread with a large stack.
/// </summary>
public sealed partial class HtmlExtractor(ExtractionOptions options) : ITextExtractor
{
    private const int MaxTitleLength = 300;
    private const int MaxLeadLineLength = 400;

    // Parsing and rendering recurse; a large stack keeps even the deepest accepted page far from overflow.
    private const int ParserStackBytes = 256 * 1024 * 1024;

    private static readonly string[] DateMetas =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='date']", "meta[name='DC.date']", "meta[name='dc.date']", "meta[name='DC.date.issued']", "meta[name='dcterms.date']",
        "meta[name='pubdate']", "meta[property='og:published_time']",
    ];

    private readonly ExtractionOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();

    public async Task<ExtractedDocument> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var length = new FileInfo(path).Length;
        if (length > _options.MaxFileBytes)
        {
            return Failed(ExtractionStatus.TooLarge, $"{length} octets / bytes");
        }
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await ExtractAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Extracts from bytes already read (an upload, a test).</summary>
    public ExtractedDocument Extract(byte[] bytes) => ExtractAsync(bytes, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Extracts from bytes already read; throws <see cref="OperationCanceledException"/> once the parse has stopped.</summary>
    public async Task<ExtractedDocument> ExtractAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Failed(ExtractionStatus.Empty, "");
        }
        if (bytes.Length > _options.MaxFileBytes)
        {
            return Failed(ExtractionStatus.TooLarge, $"{bytes.Length} octets / bytes");
        }
        var decoded = HtmlDecoder.Decode(bytes);
        if (decoded is null)
        {
            return Failed(ExtractionStatus.NotSupported, "contenu binaire, pas du texte / binary content, not text");
        }
        var depth = HtmlNestingCheck.MaxDepth(decoded.Text, stopAbove: _options.MaxHtmlDepth);
        if (depth > _options.MaxHtmlDepth)
        {
            return Failed(ExtractionStatus.TooLarge,
                $"imbrication de {depth} niveaux, limite {_options.MaxHtmlDepth} / nesting {depth} deep, limit {_options.MaxHtmlDepth}");
        }
        // The parse stops itself when the time is up (AngleSharp checks the token before each tag it reads), and the
        // extractor waits for it to stop: an abandoned parse used to keep a core busy for minutes after its timeout.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        deadline.CancelAfter(_options.Timeout);
        var parsing = OnLargeStack(() => FromHtml(decoded, deadline.Token), deadline.Token);
        ExtractedDocument? document = null;
        try
        {
            document = await parsing.WaitAsync(_options.Timeout + StopGrace, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Stuck inside one step and deaf to the token: left behind, as a thread cannot be killed.
        }
        cancellationToken.ThrowIfCancellationRequested();
        // A parse that finished past its time is over its limit too (the timer that cancels it can fire late on a busy machine).
        if (document is not null && System.Diagnostics.Stopwatch.GetElapsedTime(started) <= _options.Timeout)
        {
            return document;
        }
        return Failed(ExtractionStatus.TimedOut,
            $"analyse HTML arrêtée après {_options.Timeout.TotalSeconds:0.#} s / HTML parsing stopped after {_options.Timeout.TotalSeconds:0.#} s");
    }

    /// <summary>Parses running now, on their own threads (zero once every extraction has returned).</summary>
    internal static int RunningParses => Volatile.Read(ref _runningParses);

    private static int _runningParses;

    // Once the deadline has passed, the parse has this long to notice; a parse stuck inside one step is then left behind.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private static ExtractedDocument FromHtml(DecodedHtml decoded, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        // The string source is read in place, so this runs to the end on this thread, checking the token at every token.
        using var document = parser.ParseDocumentAsync(decoded.Text, cancellationToken).GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();

        // Links and metadata are read before the furniture goes: a PDF link may sit in a sidebar.
        var pdfLinks = PdfLinksOf(document);
        var title = TitleOf(document);
        var language = LanguageOf(document);
        var metaDate = MetaDateOf(document);
        var author = Collapse(document.QuerySelector("meta[name='author']")?.GetAttribute("content"));
        // The date line may sit in a header that is not part of the main content.
        var bodyDateLine = metaDate is null ? DateLineOf(MainContent.Render(document.Body ?? document.DocumentElement)) : null;

        cancellationToken.ThrowIfCancellationRequested();
        MainContent.RemoveFurniture(document);
        var root = MainContent.FindRoot(document);
        var text = TextNormalizer.Normalize(MainContent.Render(root));
        var leadLine = LeadLineOf(root);
        var date = metaDate ?? DateLineOf(text) ?? bodyDateLine;

        return new ExtractedDocument
        {
            Format = DocumentFormat.Html,
            Status = text.Length == 0 ? ExtractionStatus.NoTextLayer : ExtractionStatus.Extracted,
            Detail = text.Length == 0 ? "page HTML sans texte / HTML page without text" + Warning(decoded) : decoded.Warning ?? "",
            Title = title,
            Author = author.Length == 0 ? null : author,
            Date = date,
            DeclaredLanguage = language,
            LeadLine = leadLine,
            PdfLinks = pdfLinks,
            Pages = text.Length == 0 ? [] : [new ExtractedPage(1, text)],
        };
    }

    private static string Warning(DecodedHtml decoded) => decoded.Warning is null ? "" : "; " + decoded.Warning;

    /// <summary>Runs <paramref name="work"/> on a thread of its own; null as the result when it stopped on <paramref name="stop"/>.</summary>
    private static Task<ExtractedDocument?> OnLargeStack(Func<ExtractedDocument> work, CancellationToken stop)
    {
        var completion = new TaskCompletionSource<ExtractedDocument?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Interlocked.Increment(ref _runningParses);
            ExtractedDocument? result;
            try
            {
                result = work();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                result = null;
            }
            catch (Exception e)
            {
                // A parser failure on hostile input is the file's problem, not the caller's.
                result = Failed(ExtractionStatus.Damaged, "analyse HTML impossible / HTML parsing failed: " + e.Message);
            }
            // Counted down before the result is handed over, so a caller that has its answer sees the parse gone.
            Interlocked.Decrement(ref _runningParses);
            completion.SetResult(result);
        }, ParserStackBytes)
        {
            IsBackground = true,
            Name = "html-extraction",
        };
        thread.Start();
        return completion.Task;
    }

    private static IReadOnlyList<string> PdfLinksOf(IDocument document)
    {
        var links = new List<string>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            var end = href.IndexOfAny(['?', '#']);
            var target = end >= 0 ? href[..end] : href;
            if (target.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                && !links.Contains(href))
            {
                links.Add(href);
            }
        }
        return links;
    }

    private static string? TitleOf(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            document.QuerySelector("h1")?.TextContent,
            document.Title,
        };
        var title = candidates.Select(Collapse).FirstOrDefault(t => t.Length > 0);
        return title is null ? null : title.Length > MaxTitleLength ? title[..MaxTitleLength] + "…" : title;
    }

    private static string? LanguageOf(IDocument document)
    {
        var lang = document.DocumentElement.GetAttribute("lang") ?? document.DocumentElement.GetAttribute("xml:lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }
        var primary = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static DateOnly? MetaDateOf(IDocument document)
    {
        foreach (var selector in DateMetas)
        {
            if (ParseIsoDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        foreach (var time in document.QuerySelectorAll("time"))
        {
            if ((ParseIsoDate(time.GetAttribute("datetime")) ?? ParseIsoDate(time.TextContent.Trim())
                 ?? UnMastheadParser.ParseDateLine(Collapse(time.TextContent))) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static DateOnly? ParseIsoDate(string? value) =>
        value is not null && IsoDate().Match(value.Trim()) is { Success: true } m
        && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The <c>dd.mm.yy</c> (or <c>dd.mm.yyyy</c>) line news pages put above or below the article.</summary>
    private static DateOnly? DateLineOf(string text)
    {
        var m = DottedDateLine().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The first short paragraph that starts with a place, <c>ONU</c> or <c>UN</c>, then a dash.</summary>
    private static string? LeadLineOf(IElement root)
    {
        foreach (var paragraph in root.QuerySelectorAll("p").Take(12))
        {
            var text = TextNormalizer.Normalize(Collapse(paragraph.TextContent));
            if (text.Length > 0 && text.Length <= MaxLeadLineLength && LeadLine().IsMatch(text))
            {
                return text;
            }
        }
        return null;
    }

    // Titles, authors and lead lines are one line each: no control or bidi character survives into the index.
    private static string Collapse(string? text) => text is null ? "" : Whitespace().Replace(UnsafeCharacters.CleanLine(text), " ").Trim();

    private static ExtractedDocument Failed(ExtractionStatus status, string detail) => new()
    {
        Format = DocumentFormat.Html,
        Status = status,
        Detail = detail,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which int.Parse rejects with an exception.
    [GeneratedRegex(@"^[ \t]*([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{2}|[0-9]{4})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DottedDateLine();

    // "ONU Genève – …", "UN New York, CSocD59 – …", "Bruxelles – …": a short place phrase, then a spaced dash.
    [GeneratedRegex(@"^(?:ONU|UN|U\.N\.|\p{Lu}[\p{L}’'.\-]+)(?:[ ,][^\n–—]{0,60}?)?\s[–—-]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex LeadLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

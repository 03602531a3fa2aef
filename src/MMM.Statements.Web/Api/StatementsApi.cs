using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MMM.Statements.Analysis;
using MMM.Statements.Search;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Security;

namespace MMM.Statements.Web.Api;

/// <summary>The read-only JSON API (<c>/api/search</c>, <c>/api/statements/{id}</c>, <c>/api/suggest</c>, <c>/api/analyze</c>).</summary>
public static class StatementsApi
{
    public const int MaxAnalyzeLength = 4000;

    public static IServiceCollection AddStatementsApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddSchemaTransformer(SearchApiDescription.DescribeProblem));
        // The document's schemas come from these options: they must describe the JSON that SearchJson writes, whose
        // enums (notices) are camelCase strings and whose numbers are numbers (the web defaults would also allow strings).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return services;
    }

    /// <summary>The API, the OpenAPI document, the feeds, the downloads and the symbol resolver.</summary>
    public static IEndpointRouteBuilder MapStatementsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireRateLimiting(RateLimits.Search);
        api.MapGet("/search", Search)
            .WithName("SearchStatements")
            .WithSummary("Search the statements (same JSON as `mmm-statements search --json`).")
            .Produces<SearchResult>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(SearchApiDescription.DescribeSearch);
        api.MapGet("/statements/{id}", Statement)
            .WithName("GetStatement")
            .WithSummary("One statement: metadata, files, text per page, related statements.")
            .Produces<StatementResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(SearchApiDescription.DescribeStatement);
        api.MapGet("/suggest", Suggest)
            .WithSummary("Completions for a search box: titles, sessions, symbols and words.")
            .Produces<SuggestResponse>();
        api.MapGet("/analyze", Analyze)
            .WithSummary("The analyzed tokens of a text, as the index sees them.")
            .Produces<AnalyzeResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapStatementsFeeds();
        return app;
    }

    /// <summary>The bilingual message of a refused search URL (problem JSON titles are read by developers in either language).</summary>
    public static string Message(SearchText text, SearchStateError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        return error switch
        {
            SearchStateError.UnknownSort => text.ErrorUnknownSort,
            SearchStateError.QueryTooLong => string.Format(CultureInfo.InvariantCulture, text.ErrorQueryTooLongFormat, SearchRequest.MaxQueryLength),
            SearchStateError.BadFacetValue => text.ErrorBadFacetValue,
            SearchStateError.BadNumber => text.ErrorBadNumber,
            _ => "",
        };
    }

    internal static IResult BadRequest(SearchStateError error) => TypedResults.Problem(
        title: Message(SearchText.French, error) + " / " + Message(SearchText.English, error),
        statusCode: StatusCodes.Status400BadRequest);

    private static IResult Search(HttpContext context, StatementIndex index, ILoggerFactory logs)
    {
        var (state, error) = SearchState.Parse(context.Request.Query);
        if (error != SearchStateError.None)
        {
            return BadRequest(error);
        }
        var started = Stopwatch.GetTimestamp();
        var result = index.Search(state.ToRequest(SiteCultures.Current), context.RequestAborted);
        logs.CreateLogger("MMM.Statements.Web.Api").LogInformation("API search {Query} found {Total} in {Elapsed:0.0} ms",
            state.Query, result.Total, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Results.Text(SearchJson.Serialize(result), "application/json; charset=utf-8");
    }

    private static IResult Statement(string id, StatementIndex index)
    {
        if (index.Get(id, SiteCultures.Current) is not { } details)
        {
            return TypedResults.Problem(title: SearchText.French.StatementNotFound + " / " + SearchText.English.StatementNotFound, statusCode: StatusCodes.Status404NotFound);
        }
        var body = new StatementResponse(
            details.Summary,
            details.CitedSymbols,
            details.Files.Select(f => new FileResponse(f.Number, f.FileName, f.Format.ToString().ToLowerInvariant(), f.Pages, FileLinks.Download(id, f.Number))).ToList(),
            details.Pages.Select(p => new PageResponse(p.File, p.Page, p.Text)).ToList(),
            details.Related,
            details.Asks.Select(a => new AskResponse(a.Number, a.Text, a.FileNumber, a.Page, a.Paragraph, a.Topics, AskLink(details.Summary.Url, a.Number))).ToList());
        return Results.Text(SearchJson.Serialize(body), "application/json; charset=utf-8");
    }

    /// <summary>An ask's place on its statement's page (the anchor the page gives it).</summary>
    public static string AskLink(string statementUrl, int number) =>
        statementUrl + "#ask-" + number.ToString(CultureInfo.InvariantCulture);

    private static SuggestResponse Suggest(string? q, StatementIndex index) =>
        new(q ?? "", string.IsNullOrWhiteSpace(q) || q.Length > 100 ? [] : index.Suggest(q));

    private static IResult Analyze(string? text, string? lang)
    {
        text ??= "";
        lang = string.IsNullOrEmpty(lang) ? "fr" : lang;
        if (!TextAnalyzer.Languages.Contains(lang) || text.Length > MaxAnalyzeLength)
        {
            var fr = SearchText.French;
            var en = SearchText.English;
            var title = text.Length > MaxAnalyzeLength
                ? string.Format(CultureInfo.InvariantCulture, fr.ErrorTextTooLongFormat, MaxAnalyzeLength) + " / " + string.Format(CultureInfo.InvariantCulture, en.ErrorTextTooLongFormat, MaxAnalyzeLength)
                : fr.ErrorUnknownLanguage + " / " + en.ErrorUnknownLanguage;
            return TypedResults.Problem(title: title, statusCode: StatusCodes.Status400BadRequest);
        }
        var tokens = TextAnalyzer.For(lang).Analyze(text).Select(t => new AnalyzeToken(t.Term, t.Position, t.Start, t.End)).ToList();
        return TypedResults.Ok(new AnalyzeResponse(lang, tokens));
    }
}

public sealed record SuggestResponse(string Query, IReadOnlyList<string> Suggestions);

public sealed record AnalyzeToken(string Term, int Position, int Start, int End);

public sealed record AnalyzeResponse(string Language, IReadOnlyList<AnalyzeToken> Tokens);

public sealed record FileResponse(int Number, string FileName, string Format, int Pages, string Url);

public sealed record PageResponse(int File, int Page, string Text);

/// <summary>One ask of a statement: its number (anchor <c>#ask-N</c>), text, file, PDF page (null in HTML), paragraph, own topics and link.</summary>
public sealed record AskResponse(int Number, string Text, int File, int? Page, int Paragraph, IReadOnlyList<string> Topics, string Url);

public sealed record StatementResponse(SearchHit Summary, IReadOnlyList<string> CitedSymbols, IReadOnlyList<FileResponse> Files, IReadOnlyList<PageResponse> Pages, IReadOnlyList<SearchHit> Related, IReadOnlyList<AskResponse> Asks);

using System.Globalization;
using System.Text.RegularExpressions;
using MMM.Statements.Search;

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements search QUERY</c>: searches the live index; <c>--json</c> prints exactly what <c>GET /api/search</c> returns.</summary>
internal static partial class SearchCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        var args = context.Args;
        var query = string.Join(' ', args.Positional);
        var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var facet in args.GetAll("facet"))
        {
            var eq = facet.IndexOf('=');
            var name = eq > 0 ? facet[..eq] : "";
            if (!FacetNames.All.Contains(name) || eq == facet.Length - 1)
            {
                throw new CliUsageException($"--facet takes NAME=VALUE with NAME one of {string.Join(", ", FacetNames.All)}, not '{facet}'");
            }
            if (!filters.TryGetValue(name, out var values))
            {
                filters[name] = values = [];
            }
            values.Add(facet[(eq + 1)..]);
        }
        var sort = args.Get("sort") switch
        {
            null or "relevance" => SearchSort.Relevance,
            "date" or "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            var other => throw new CliUsageException($"--sort takes relevance, date or oldest, not '{other}'"),
        };
        var unit = args.Get("unit") switch
        {
            null or "statement" or "statements" => SearchUnit.Statement,
            "ask" or "asks" => SearchUnit.Ask,
            var other => throw new CliUsageException($"--unit takes statement or ask, not '{other}'"),
        };
        var request = new SearchRequest
        {
            Query = query,
            Unit = unit,
            Filters = filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value),
            Sort = sort,
            Page = args.GetInt("page", 1),
            Size = args.GetInt("size", 10),
        };
        using var index = new StatementIndex(args.Get("index") ?? RepositoryPaths.DefaultIndex);
        if (index.Problem is { } problem)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements search: no index to search ({problem}); run 'mmm-statements index' first");
            return CommandLine.Failure;
        }
        var result = index.Search(request);
        if (args.Has("json"))
        {
            await context.Stdout.WriteLineAsync(SearchJson.Serialize(result));
            return CommandLine.Ok;
        }
        await PrintAsync(context.Stdout, result);
        return CommandLine.Ok;
    }

    private static async Task PrintAsync(TextWriter output, SearchResult result)
    {
        if (result.ResolvedId is not null)
        {
            await output.WriteLineAsync($"symbol resolved: {result.ResolvedId}");
        }
        if (result.Notices.Contains(SearchNotice.FellBackToAnyWord))
        {
            await output.WriteLineAsync("no statement has all the words; showing those with any of them");
        }
        var asks = result.Hits.Any(h => h.AskNumber is not null);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Total} {(asks ? "asks" : "statements")} ({result.TookMs:0.#} ms), page {result.Page}"));
        if (result.Suggestion is not null)
        {
            await output.WriteLineAsync($"did you mean: {result.Suggestion}");
        }
        var rank = (result.Page - 1) * result.Size;
        foreach (var hit in result.Hits)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(hit.AskNumber is { } number
                ? $"{++rank}. ask {number} of {hit.Title}  [{hit.Url}]"
                : $"{++rank}. {hit.Title}  [{hit.Id}]");
            var meta = new[] { hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Body, hit.Session, hit.Type, hit.Language, string.Join(' ', hit.Symbols) }
                .Where(s => !string.IsNullOrEmpty(s));
            await output.WriteLineAsync("   " + string.Join(" · ", meta));
            foreach (var snippet in hit.Snippets)
            {
                var page = snippet.Page is { } p ? $"p. {p}: " : "";
                await output.WriteLineAsync("   " + page + PlainText(snippet.Html));
            }
            foreach (var version in hit.Versions)
            {
                await output.WriteLineAsync($"   also in {version.Language}: {version.Id}");
            }
        }
    }

    private static string PlainText(string html) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal), ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

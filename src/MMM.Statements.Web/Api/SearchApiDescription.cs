using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MMM.Statements.Search;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Api;

/// <summary>
/// What the OpenAPI document says about the parameters of <c>/api/search</c> and <c>/api/statements/{id}</c>. The search
/// reads its query string itself (<see cref="SearchState.Parse"/>: repeated facet parameters, clamping, errors), so the
/// generator cannot see its parameters; they are described here, from the same constants the parser uses.
/// </summary>
internal static class SearchApiDescription
{
    public static Task DescribeSearch(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Description =
            "Full-text search with Lucene's classic syntax (\"phrases\", AND/OR/NOT, +/-, field:value, prefix*, fuzzy~, year:[2020 TO 2024]). " +
            "Facet filters: several values of one facet combine with OR, facets combine with AND; each facet's counts ignore its own selection. " +
            "An unreadable query degrades to plain words; a query that is a UN symbol resolves to its statement.";
        operation.Parameters ??= [];
        operation.Parameters.Add(Query("q", "The query; empty or only stop words lists the newest statements.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = SearchRequest.MaxQueryLength }));
        operation.Parameters.Add(Query("sort", "Order of the hits (without words there is no relevance: the list is by date).",
            new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create("relevance"), JsonValue.Create("newest"), JsonValue.Create("oldest")],
                Default = JsonValue.Create("relevance"),
            }));
        operation.Parameters.Add(Query("page", $"The page of hits, from 1; clamped to 1–{SearchRequest.MaxPage}.",
            Integer(1, SearchRequest.MaxPage, 1)));
        operation.Parameters.Add(Query("size", $"Hits per page; clamped to 1–{SearchRequest.MaxSize}.",
            Integer(1, SearchRequest.MaxSize, SearchState.DefaultSize)));
        operation.Parameters.Add(Query(SearchState.UnitKey, "What the hits are: statements (the default), or `ask`: each hit one ask of a statement (`unit`, `askNumber`, `askText`, `url` to `/statements/{id}#ask-N`). Any other value searches statements.",
            new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create("statement"), JsonValue.Create(SearchState.AskUnit)],
                Default = JsonValue.Create("statement"),
            }));
        operation.Parameters.Add(Language());
        foreach (var facet in FacetNames.All)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = facet,
                In = ParameterLocation.Query,
                Description = $"Keep the hits whose {facet} is one of these values (repeat the parameter for several, at most 20): the `value` of a `facets.{facet}` entry.",
                Style = ParameterStyle.Form,
                Explode = true,
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = 20,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 80, Pattern = @"^[\p{L}\p{N}][\p{L}\p{N} ._/\-]{0,79}$" },
                },
            });
        }
        DescribeTooManyRequests(operation);
        return Task.CompletedTask;
    }

    public static Task DescribeStatement(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Parameters ??= [];
        if (operation.Parameters.FirstOrDefault(p => p.Name == "id") is OpenApiParameter id)
        {
            id.Description = "The statement's id, as `hits[].id` gives it (e.g. `2024-csw68-news-fr`).";
        }
        operation.Parameters.Add(Language());
        DescribeTooManyRequests(operation);
        return Task.CompletedTask;
    }

    /// <summary>The rate limiter's answer says when to come back.</summary>
    private static void DescribeTooManyRequests(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("429", out var found) == true && found is OpenApiResponse response)
        {
            response.Description = "Too many requests from this address: retry after the number of seconds in Retry-After.";
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before the next request.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
            };
        }
    }

    /// <summary>Problem responses carry the request's <c>traceId</c> (the reference staff quote from the logs) besides RFC 9457's members.</summary>
    public static Task DescribeProblem(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, as the site's log records it." };
        }
        return Task.CompletedTask;
    }

    /// <summary>The interface language of labels (facet labels, related statements); French by default.</summary>
    private static OpenApiParameter Language() => Query(SiteCultures.QueryKey, "Language of the labels (facet values, taxonomy names); French by default.",
        new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [.. SiteCultures.All.Select(l => (JsonNode)JsonValue.Create(l))],
            Default = JsonValue.Create(SiteCultures.Default),
        });

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
    };

    private static OpenApiSchema Integer(int minimum, int maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };
}

using System.Net;
using System.Text.Json;
using Microsoft.OpenApi;
using MMM.Statements.Search;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is enough to generate a client: it parses and validates, it names every parameter of
/// <c>/api/search</c>, and real responses of the site (hits, a statement, the errors) match the schemas it gives.
/// </summary>
public sealed class OpenApiDocumentTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Fact]
    public async Task TheDocumentParsesAndValidatesWithoutErrors()
    {
        var text = await site.NewClient().GetStringAsync("/openapi/v1.json");

        var read = OpenApiDocument.Parse(text, "json");

        Assert.NotNull(read.Document);
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Empty(read.Document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task TheSearchOperationNamesEveryParameterWithItsType()
    {
        var search = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");

        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);

        Assert.Equal(["q", "sort", "page", "size", "unit", "lang", .. FacetNames.All], parameters.Keys);
        Assert.Equal(["statement", "ask"], parameters["unit"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.All(parameters.Values, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.All(parameters.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
        Assert.Equal(["relevance", "newest", "oldest"], parameters["sort"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("integer", parameters["size"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(SearchRequest.MaxSize, parameters["size"].GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal("array", parameters["topic"].GetProperty("schema").GetProperty("type").GetString());
        // Repeated, not comma-separated: form style with explode, which OpenAPI takes by default for query parameters.
        Assert.Equal("form", parameters["topic"].TryGetProperty("style", out var style) ? style.GetString() : "form");
        Assert.True(!parameters["topic"].TryGetProperty("explode", out var explode) || explode.GetBoolean());
        Assert.True(search.GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
    }

    [Fact]
    public async Task TheSchemasTypeCountsAsNumbersAndNoticesAsTheirNames()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        // A generated client types these as the API writes them: an integer, never "an integer or a string".
        Assert.Equal("integer", schemas.GetProperty("SearchResult").GetProperty("properties").GetProperty("total").GetProperty("type").GetString());
        Assert.Equal("integer", schemas.GetProperty("FacetValue").GetProperty("properties").GetProperty("count").GetProperty("type").GetString());
        Assert.Contains("fellBackToAnyWord", schemas.GetProperty("SearchNotice").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("/api/search?q=soins&topic=unpaid-care&size=5", "/api/search")]
    [InlineData("/api/search?q=xylophonique", "/api/search")]
    [InlineData("/api/search?q=E/CN.6/2024/NGO/108", "/api/search")]
    [InlineData("/api/search?session=CSocD57&lang=es", "/api/search")]
    [InlineData("/api/statements/2024-csw68-news-fr", "/api/statements/{id}")]
    public async Task ARealResponseMatchesTheSchemaTheDocumentGives(string url, string path)
    {
        var document = await DocumentAsync();
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = ResponseSchema(document, path, "200", response.Content.Headers.ContentType!.MediaType!);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = new SchemaCheck(document).Check(schema, body.RootElement, "$").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Theory]
    [InlineData("/api/search?sort=bogus", "/api/search", "400")]
    [InlineData("/api/search?page=abc", "/api/search", "400")]
    [InlineData("/api/statements/no-such-statement", "/api/statements/{id}", "404")]
    public async Task AnErrorIsTheProblemTheDocumentDescribes(string url, string path, string status)
    {
        var document = await DocumentAsync();
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var schema = ResponseSchema(document, path, status, response.Content.Headers.ContentType!.MediaType!);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = new SchemaCheck(document).Check(schema, body.RootElement, "$").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("title").GetString()));
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await site.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;

    private static JsonElement ResponseSchema(JsonElement document, string path, string status, string mediaType)
    {
        var responses = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty(status, out var response), $"{path} documents no {status} response");
        var media = response.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out var found) ? found : default;
        Assert.True(media.ValueKind == JsonValueKind.Object, $"{path} {status} documents no {mediaType} content");
        Assert.True(media.TryGetProperty("schema", out var schema), $"{path} {status} {mediaType} has no schema");
        return schema;
    }
}

/// <summary>
/// A JSON Schema check of the parts OpenAPI 3.1 documents use here: $ref, type (one or several, "null" included),
/// properties, required, additionalProperties, items, enum, oneOf/anyOf/allOf. A property the instance has and the
/// schema does not name is a problem too: a generated client would drop it.
/// </summary>
internal sealed class SchemaCheck(JsonElement document)
{
    public IEnumerable<string> Check(JsonElement schema, JsonElement value, string at)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            const string prefix = "#/components/schemas/";
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !document.GetProperty("components").GetProperty("schemas").TryGetProperty(name[prefix.Length..], out var target))
            {
                return [$"{at}: unresolved $ref {name}"];
            }
            return Check(target, value, at);
        }
        var problems = new List<string>();
        foreach (var combinator in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var results = options.EnumerateArray().Select(o => Check(o, value, at).ToList()).ToList();
                if (!results.Any(r => r.Count == 0))
                {
                    problems.Add($"{at}: matches none of {combinator}: " + string.Join(" | ", results.SelectMany(r => r).Take(3)));
                }
            }
        }
        if (schema.TryGetProperty("allOf", out var all))
        {
            problems.AddRange(all.EnumerateArray().SelectMany(o => Check(o, value, at)));
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                problems.Add($"{at}: {value.ValueKind} is not {string.Join("|", types)}");
                return problems;
            }
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString() && a.ValueKind == value.ValueKind))
        {
            problems.Add($"{at}: {value} is not one of {allowed}");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{at}: required {r} missing"));
            }
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    problems.AddRange(Check(propertySchema, property.Value, at + "." + property.Name));
                }
                else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.Object)
                {
                    problems.AddRange(Check(extra, property.Value, at + "." + property.Name));
                }
                else if (!(schema.TryGetProperty("additionalProperties", out var open) && open.ValueKind == JsonValueKind.True))
                {
                    problems.Add($"{at}: {property.Name} is not in the schema");
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                problems.AddRange(Check(items, item, $"{at}[{i++}]"));
            }
        }
        return problems;
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };
}

using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Tests.Search;

namespace MMM.Statements.Web.Tests.Api;

public sealed class ApiRateLimitTests(SearchSite site) : IClassFixture<SearchSite>
{
    [Theory]
    [InlineData("api/search")]
    [InlineData("api/statements/{id}")]
    [InlineData("api/suggest")]
    [InlineData("api/analyze")]
    [InlineData("feed.atom")]
    [InlineData("export.csv")]
    [InlineData("symbol/{*symbol}")]
    [InlineData("statements/{id}")]
    [InlineData("statements/{id}/files/{number:int}")]
    [InlineData("statements/{id}/cite.ris")]
    [InlineData("statements/{id}/cite.bib")]
    public void EveryPublicReadEndpointCarriesTheSearchLimiter(string route)
    {
        var endpoint = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Single(e => string.Equals((e.RoutePattern.RawText ?? "").Trim('/'), route, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(RateLimits.Search, endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }
}

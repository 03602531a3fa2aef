using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Web.Security;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

public sealed class RateLimitPolicyTests : IDisposable
{
    private readonly SiteFactory site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("", RateLimits.Search)]
    [InlineData("admin/login", RateLimits.SignIn)]
    [InlineData("alerts", RateLimits.AlertSignUp)]
    public void SearchAndSignInEndpointsCarryTheirLimiter(string route, string policy)
    {
        var endpoint = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Single(e => string.Equals((e.RoutePattern.RawText ?? "").Trim('/'), route, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(policy, endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }

    [Fact]
    public async Task ShowingTheSignInFormAgainAndAgainIsNotLimited()
    {
        var client = site.NewClient();
        for (var i = 0; i < RateLimits.SignInPerMinute * 2; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin/login")).StatusCode);
        }
    }
}

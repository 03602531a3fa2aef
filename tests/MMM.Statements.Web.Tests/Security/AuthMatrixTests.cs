using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

/// <summary>
/// Every admin endpoint × {anonymous, signed in without antiforgery token, signed in with token}.
/// A new admin page must be added to <see cref="Matrix"/>: the enumeration test fails until it is.
/// </summary>
public sealed class AuthMatrixTests : IDisposable
{
    private readonly SiteFactory site = new();

    public void Dispose()
    {
        // A reindex post started a build: stop it rather than let it run on into a deleted temp folder.
        site.Builds.Cancel();
        site.Builds.IdleAsync().Wait(TimeSpan.FromSeconds(60));
        site.Dispose();
    }

    /// <summary>Route template (lower case) → the requests a user can make to it.</summary>
    private static readonly Dictionary<string, (string Method, string Url)[]> Matrix = new()
    {
        ["admin"] = [("GET", "/admin"), ("POST", "/admin?handler=update"), ("POST", "/admin?handler=rebuild"), ("POST", "/admin?handler=cancel")],
        ["admin/index"] = [("GET", "/admin/index")],
        ["admin/password"] = [("GET", "/admin/password"), ("POST", "/admin/password")],
        ["admin/logout"] = [("GET", "/admin/logout"), ("POST", "/admin/logout")],
        ["admin/upload"] = [("GET", "/admin/upload"), ("POST", "/admin/upload")],
        ["admin/preview"] = [("GET", "/admin/preview?id=0123456789abcdef0123456789abcdef"), ("POST", "/admin/preview?handler=publish&id=0123456789abcdef0123456789abcdef"), ("POST", "/admin/preview?handler=discard&id=0123456789abcdef0123456789abcdef")],
        ["admin/statements"] = [("GET", "/admin/statements"), ("POST", "/admin/statements?handler=delete"), ("POST", "/admin/statements?handler=replace")],
        ["admin/trash"] = [("GET", "/admin/trash"), ("POST", "/admin/trash?handler=restore")],
        ["admin/alerts"] = [("GET", "/admin/alerts"), ("POST", "/admin/alerts?handler=delete")],
        ["admin/api/build/progress"] = [("GET", "/admin/api/build/progress")],
    };

    /// <summary>Antiforgery tokens belong to the session, not to a page: posts take theirs from this page.</summary>
    private const string TokenPage = "/admin/upload";

    private static bool IsApi(string url) => url.StartsWith("/admin/api/", StringComparison.Ordinal);

    private const string SignInRoute = "admin/login";

    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, url) in Matrix.Values.SelectMany(r => r))
        {
            data.Add(method, url);
        }
        return data;
    }

    [Fact]
    public void EveryAdminEndpointRequiresAuthorizationAndIsInTheMatrix()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!.TrimStart('/').ToLowerInvariant();
            if (route == SignInRoute)
            {
                Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
                continue;
            }
            Assert.True(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(), $"/{route} has no authorization policy");
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.True(Matrix.ContainsKey(route), $"/{route} is not in the auth matrix of this test");
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AnonymousRequestsAreSentToSignIn(string method, string url)
    {
        var response = await site.NewClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "POST" ? new FormUrlEncodedContent([]) : null,
        });

        if (IsApi(url))
        {
            // A script gets a status it can act on, not a sign-in page.
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SignedInRequestsWithTheirTokenSucceed(string method, string url)
    {
        var client = await SignedInClientAsync();
        HttpResponseMessage response;
        if (method == "POST")
        {
            var token = await Forms.TokenFromAsync(client, TokenPage);
            response = await Forms.PostAsync(client, url, token);
        }
        else
        {
            response = await client.GetAsync(url);
        }

        Assert.True(
            response.StatusCode == HttpStatusCode.OK
            || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.Contains("/admin/login", StringComparison.Ordinal)),
            $"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SignedInPostsWithoutTheTokenAreRejected(string method, string url)
    {
        var client = await SignedInClientAsync();

        var response = await Forms.PostAsync(client, url, token: null);

        // The JSON endpoint takes no posts at all.
        Assert.Equal(IsApi(url) ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.BadRequest, response.StatusCode);
        // The session survives a forged post: it was not the user's doing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        _ = method;
    }

    [Theory]
    [InlineData("/admin/not-a-page")]
    [InlineData("/ADMIN/PASSWORD")]
    [InlineData("/admin/../admin/password")]
    public async Task UnknownOrOddlySpelledAdminPathsAreClosedToAnonymousUsers(string url)
    {
        var response = await site.NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
    }

    public static TheoryData<string> Pages() => new(Matrix.Values.SelectMany(r => r).Where(r => !IsApi(r.Url)).Select(r => r.Url.Split('?')[0]).Distinct());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AHandlerAPageDoesNotHaveIsNeverAServerError(string page)
    {
        var client = await SignedInClientAsync();
        var token = await Forms.TokenFromAsync(client, TokenPage);

        // Razor Pages falls back to the page's plain OnGet/OnPost; a page without one answers 404, not an empty render.
        var post = await Forms.PostAsync(client, page + "?handler=bogus&id=0123456789abcdef0123456789abcdef", token);
        var get = await client.GetAsync(page + "?handler=bogus&id=0123456789abcdef0123456789abcdef");

        Assert.True((int)post.StatusCode < 500, $"POST {page}?handler=bogus: {(int)post.StatusCode}");
        Assert.True((int)get.StatusCode < 500, $"GET {page}?handler=bogus: {(int)get.StatusCode}");
        if (page == "/admin/preview")
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = site.NewClient();
        var response = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

using System.Net;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>Kestrel's limits only exist in the real server, so these requests go to the site process.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KestrelLimitsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AUrlLongerThan8KilobytesGets414()
    {
        using var http = new HttpClient();

        var response = await http.GetAsync(fixture.BaseUrl + "/?q=" + new string('a', 9000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(fixture.BaseUrl + "/healthz")).StatusCode);
    }

    [Fact]
    public async Task FortyKilobytesOfHeadersGet431()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, fixture.BaseUrl + "/");
        for (var i = 0; i < 10; i++)
        {
            request.Headers.Add($"X-Padding-{i}", new string('b', 4000));
        }

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheRealServerSendsTheSecurityHeadersAndNoServerBanner()
    {
        using var http = new HttpClient();

        var response = await http.GetAsync(fixture.BaseUrl + "/");

        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }
}

using System.Net;
using System.Net.Http.Headers;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>A signed-in staff member of a test site: posts forms and files the way the admin pages do.</summary>
internal sealed class AdminSession
{
    private readonly HttpClient client;
    private string? token;

    private AdminSession(HttpClient client) => this.client = client;

    public HttpClient Client => client;

    public static async Task<AdminSession> SignInAsync(SiteFactory site)
    {
        var client = site.NewClient();
        var response = await Forms.SignInAsync(client, "admin", SiteFactory.DefaultPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new AdminSession(client);
    }

    public async Task<string> TokenAsync() => token ??= await Forms.TokenFromAsync(client, "/admin/upload");

    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        await Forms.PostAsync(client, url, await TokenAsync(), fields);

    /// <summary>Posts files as a browser's multipart form does, with the given file names.</summary>
    public async Task<HttpResponseMessage> PostFilesAsync(string url, string field, IEnumerable<(string FileName, byte[] Bytes)> files, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (fileName, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, fileName);
        }
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(await TokenAsync()), Forms.TokenField);
        return await client.PostAsync(url, content);
    }

    /// <summary>Follows one redirect and returns the page's HTML.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
    }
}

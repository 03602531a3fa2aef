using System.Net;
using System.Text.RegularExpressions;

namespace MMM.Statements.Web.Tests.Infrastructure;

/// <summary>What a browser does with the site's forms: read the antiforgery token from the page, post the fields.</summary>
internal static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    public static async Task<string> TokenFromAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? token, params (string Name, string Value)[] fields)
    {
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            pairs.Add(new(TokenField, token));
        }
        return client.PostAsync(url, new FormUrlEncodedContent(pairs));
    }

    /// <summary>Signs in through the real form and returns the response to the form post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password, string url = "/admin/login")
    {
        var token = await TokenFromAsync(client, url);
        return await PostAsync(client, url, token, ("Username", username), ("Password", password));
    }

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"""")]
    private static partial Regex TokenInput();
}

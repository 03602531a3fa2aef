using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MMM.Statements.Web.Tests.Browser;

namespace MMM.Statements.Web.Tests.Alerts;

/// <summary>
/// The e-mail form in Debian's chromium, on a site with a mail server: the in-process site is served to the browser
/// under <c>http://alerts.test</c> (every request of that origin goes through the test's HTTP client), so no second
/// site process is needed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertBrowserTests(BrowserFixture browser, AlertSite alerts) : IClassFixture<AlertSite>
{
    private const string Origin = "http://alerts.test";

    [Fact]
    public async Task TheFormSignsUpFromTheBrowserPassesAxeAndFitsAPhone()
    {
        const string address = "browser@example.org";
        await using var page = await browser.NewPageAsync(BrowserFixture.Desktop);
        await ServeTheAlertSiteAsync(page.Context);

        await page.Page.GotoAsync(Origin + "/?q=soins");
        // The rest of the search page has its own axe tests; here, the box with the form.
        Report(await page.Page.Locator(".follow-search").RunAxe());
        await page.Page.SetViewportSizeAsync(BrowserFixture.Phone.Width, BrowserFixture.Phone.Height);
        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the search page is {overflow}px wider than a phone");
        await page.Page.GetByLabel("Votre adresse e-mail").FillAsync(address);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Recevoir les alertes par e-mail" }).ClickAsync();

        await page.Page.GetByRole(AriaRole.Heading, new() { Name = "Vérifiez votre boîte mail" }).WaitForAsync();
        Report(await page.Page.RunAxe());
        Assert.DoesNotContain(address, await page.Page.ContentAsync());
        var confirmation = Assert.Single(await alerts.Smtp.WaitForAsync(address, 1));
        Assert.StartsWith("Confirmez votre alerte : soins", confirmation.Subject);
        page.AssertClean();
    }

    private static void Report(Deque.AxeCore.Commons.AxeResult results)
    {
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    // Requests of the fake origin are sent to the in-process site as they are, cookies included, and answered with its response.
    private async Task ServeTheAlertSiteAsync(IBrowserContext context)
    {
        var client = alerts.Site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        await context.RouteAsync(Origin + "/**", async route =>
        {
            var request = route.Request;
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Url).PathAndQuery);
            var headers = await request.AllHeadersAsync();
            if (request.PostDataBuffer is { } body)
            {
                message.Content = new ByteArrayContent(body);
            }
            foreach (var (name, value) in headers)
            {
                if (name.StartsWith(':') || name is "host" or "content-length")
                {
                    continue;
                }
                if (name.StartsWith("content-", StringComparison.Ordinal))
                {
                    message.Content?.Headers.TryAddWithoutValidation(name, value);
                }
                else
                {
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            }
            using var response = await client.SendAsync(message);
            var answer = response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
                .ToList();
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = (int)response.StatusCode,
                Headers = answer,
                BodyBytes = await response.Content.ReadAsByteArrayAsync(),
            });
        });
    }
}

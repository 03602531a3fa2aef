using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

public sealed class ErrorPageTests : IDisposable
{
    private const string SecretMessage = "secret-detail-from-the-exception";

    private readonly SiteFactory site = new(environment: "Production");

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task UnknownPageShowsAFriendlyFrenchNotFoundPage()
    {
        var response = await site.NewClient(https: true).GetAsync("/nulle-part");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("Page introuvable", html);
        Assert.Contains("Retour à l’accueil", html);
    }

    [Theory]
    [InlineData("/?handler=bogus&q=soins")]
    [InlineData("/?handler=&q=soins")]
    [InlineData("/statements/csocd61-oral-statement?handler=bogus")]
    [InlineData("/error?handler=bogus")]
    public async Task AHandlerThePublicPageDoesNotHaveIsNeverAServerError(string url)
    {
        var client = site.NewClient(https: true);

        var get = await client.GetAsync(url);
        var post = await client.PostAsync(url, new FormUrlEncodedContent([]));

        Assert.True((int)get.StatusCode < 500, $"GET {url}: {(int)get.StatusCode}");
        Assert.True((int)post.StatusCode < 500, $"POST {url}: {(int)post.StatusCode}");
    }

    [Fact]
    public async Task NotFoundPageSpeaksTheVisitorsLanguage()
    {
        var client = site.NewClient(https: true);
        client.DefaultRequestHeaders.Add("Accept-Language", "es-ES,es;q=0.9");

        var html = await (await client.GetAsync("/no-existe")).Content.ReadAsStringAsync();

        Assert.Contains("Página no encontrada", html);
    }

    [Fact]
    public async Task JsonEndpointsGetProblemDetailsNotHtml()
    {
        var response = await site.NewClient(https: true).GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthEndpointAnswersOk()
    {
        var response = await site.NewClient(https: true).GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(77, health.RootElement.GetProperty("index").GetProperty("statements").GetInt32());
        Assert.StartsWith("segments_", response.Headers.GetValues("X-Index-Version").Single());
    }

    [Fact]
    public async Task AnExceptionShowsAServerErrorPageWithoutItsDetails()
    {
        using var failing = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ThrowOnBoom())));
        var client = failing.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/boom");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Erreur du serveur", html);
        Assert.Matches("Référence de l’erreur : <code>[0-9a-f]{32}</code>", html);
        Assert.DoesNotContain(SecretMessage, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", html);
    }

    [Fact]
    public async Task AFormPostedWithoutItsTokenGetsTheFriendlyBadRequestPage()
    {
        var response = await Forms.PostAsync(site.NewClient(https: true), "/admin/login", token: null, ("Username", "admin"), ("Password", "x"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Requête invalide", html);
    }

    /// <summary>Adds, after the site's own endpoints, a path that throws, so the real error handling has something to catch.</summary>
    private sealed class ThrowOnBoom : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == "/boom"
                ? throw new InvalidOperationException(SecretMessage)
                : rest(context));
        };
    }
}

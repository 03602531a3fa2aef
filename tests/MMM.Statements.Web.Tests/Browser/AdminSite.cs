using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;
using MMM.Statements.Tests;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// A site process of its own for the admin's browser and crash tests: its own writable copy of statements/ (uploads,
/// deletions) and of the index, so the shared browser site and the repository's corpus are never touched. It can be
/// killed with SIGKILL and started again on the same folders.
/// </summary>
public sealed class AdminSite : IAsyncDisposable
{
    public const string Password = "admin-browser-password";

    private readonly StringBuilder log = new();
    private readonly string tempRoot;
    private Process? process;

    private AdminSite(string tempRoot)
    {
        this.tempRoot = tempRoot;
        SharedIndex.CopyCorpusTo(SourceDirectory);
        SharedIndex.CopyTo(IndexDirectory);
    }

    public string BaseUrl { get; private set; } = "";
    public string SourceDirectory => Path.Combine(tempRoot, "statements");
    public string IndexDirectory => Path.Combine(tempRoot, "index-data");
    public string DataDirectory => Path.Combine(tempRoot, "app-data");

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static async Task<AdminSite> StartAsync()
    {
        var site = new AdminSite(TestPaths.NewTempDirectory("mmm-admin-site"));
        try
        {
            await site.RestartAsync();
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
        return site;
    }

    /// <summary>Kills the process at once, as a power cut or the OOM killer would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The site's own process id (0 before it starts).</summary>
    public int ProcessId => process?.Id ?? 0;

    /// <summary>Kills the site's process alone, as the OOM killer would: its children are left to notice on their own.</summary>
    public async Task KillSiteOnlyAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: false);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts (again) on the same folders and waits for /healthz.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        process?.Dispose();
        var webProject = Path.Combine(TestPaths.RepoRoot, "src", "MMM.Statements.Web");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "MMM.Statements.Web.dll");
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = webProject, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--urls", BaseUrl, "--contentRoot", webProject })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Statements__SourceDirectory"] = SourceDirectory;
        start.Environment["Statements__DataDirectory"] = DataDirectory;
        start.Environment["Statements__IndexDirectory"] = IndexDirectory;
        start.Environment["MMM_ADMIN_PASSWORD"] = Password;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The site did not answer within 90 s:\n{Log}");
    }

    /// <summary>A page on this site, recording dialogs, CSP violations and script errors like <see cref="BrowserFixture.NewPageAsync"/>.</summary>
    public async Task<BrowserPage> NewPageAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR", ViewportSize = BrowserFixture.Desktop });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var recorded = new BrowserPage(context, await context.NewPageAsync());
        await context.ExposeFunctionAsync<string, bool>("__mmmReportCsp", violation =>
        {
            recorded.Record(recorded.CspViolationsList, violation);
            return true;
        });
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.__mmmReportCsp(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
            """);
        recorded.Page.Dialog += async (_, dialog) =>
        {
            recorded.Record(recorded.DialogsList, $"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        recorded.Page.PageError += (_, error) => recorded.Record(recorded.ScriptErrorsList, error);
        return recorded;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try
        {
            Directory.Delete(tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Browser;

/// <summary>
/// The real site as a child process: <c>dotnet MMM.Statements.Web.dll --urls http://127.0.0.1:PORT</c>, on its
/// own temp data and index folders, with a known admin password. Killed (with its children) on dispose.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly string tempRoot;

    private SiteProcess(Process process, string baseUrl, string tempRoot)
    {
        this.process = process;
        BaseUrl = baseUrl;
        this.tempRoot = tempRoot;
    }

    public string BaseUrl { get; }

    public string DataDirectory => Path.Combine(tempRoot, "app-data");

    public string IndexDirectory => Path.Combine(tempRoot, "index-data");

    /// <summary>What the site wrote to stdout and stderr so far (for failure messages).</summary>
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

    /// <param name="sourceDirectory">
    /// A statements folder of the test's own; the site then starts without an index and builds one from it (healthy
    /// once that build is live). Without it, the site serves a copy of the prebuilt sample index.
    /// </param>
    public static async Task<SiteProcess> StartAsync(string adminPassword, TimeSpan timeout, string? sourceDirectory = null)
    {
        var webProject = Path.Combine(TestPaths.RepoRoot, "src", "MMM.Statements.Web");
        var dll = Path.Combine(webProject, "bin", BuildConfiguration(), "net10.0", "MMM.Statements.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The site is not built: {dll} is missing (dotnet build the test project first).");
        }
        var tempRoot = TestPaths.NewTempDirectory("mmm-site");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl, "--contentRoot", webProject })
        {
            start.ArgumentList.Add(arg);
        }
        // Development: plain-HTTP cookies on 127.0.0.1 (outside Development the admin cookie is Secure, HTTPS only).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Statements__DataDirectory"] = Path.Combine(tempRoot, "app-data");
        start.Environment["Statements__IndexDirectory"] = Path.Combine(tempRoot, "index-data");
        start.Environment["MMM_ADMIN_PASSWORD"] = adminPassword;
        start.Environment["Statements__QueryTimeoutSeconds"] = "60";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        if (sourceDirectory is not null)
        {
            start.Environment["Statements__SourceDirectory"] = sourceDirectory;
        }
        else
        {
            // A copy of the prebuilt sample index: the site's start-up build then finds nothing to do.
            Infrastructure.SharedIndex.CopyTo(Path.Combine(tempRoot, "index-data"));
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var site = new SiteProcess(process, baseUrl, tempRoot);
        process.OutputDataReceived += (_, e) => site.Append(e.Data);
        process.ErrorDataReceived += (_, e) => site.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await site.WaitUntilHealthyAsync(timeout);
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
        return site;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The site exited with code {process.ExitCode} before answering /healthz:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The site did not answer {BaseUrl}/healthz within {timeout}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            log.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    // The test assembly sits in tests/…/bin/<Configuration>/net10.0/; the site was built with the same configuration.
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

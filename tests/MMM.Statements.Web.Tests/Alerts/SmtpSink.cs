using System.Diagnostics;
using System.Globalization;
using MimeKit;
using MMM.Statements.Tests;

namespace MMM.Statements.Web.Tests.Alerts;

/// <summary>
/// A real SMTP server on the loopback (<c>Alerts/smtp-sink.py</c>, aiosmtpd under Debian's <c>/usr/bin/python3</c>) that
/// keeps every message it accepts as a file; killed, and its folder removed, on dispose.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    public const string Python = "/usr/bin/python3";

    /// <summary>Mail is waited for this long at most: a loaded machine is slow, not wrong.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly Process process;

    /// <param name="port">The port to listen on (a server that comes back where a site expects it); a free one when null.</param>
    public SmtpSink(int? port = null)
    {
        Folder = TestPaths.NewTempDirectory("mmm-smtp");
        var script = Path.Combine(AppContext.BaseDirectory, "Alerts", "smtp-sink.py");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { script, Folder },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (port is { } fixedPort)
        {
            start.ArgumentList.Add(fixedPort.ToString(CultureInfo.InvariantCulture));
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var line = process.StandardOutput.ReadLine();
        if (line is null || !line.StartsWith("ready ", StringComparison.Ordinal))
        {
            var error = process.StandardError.ReadToEnd();
            throw new InvalidOperationException($"The SMTP server did not start (is python3-aiosmtpd installed for {Python}? tools/ensure-deps.sh test installs it): {error}");
        }
        Port = int.Parse(line["ready ".Length..], CultureInfo.InvariantCulture);
    }

    public int Port { get; }

    public string Folder { get; }

    /// <summary>The settings that send a site's mail here.</summary>
    public Dictionary<string, string> SiteSettings() => new()
    {
        ["Statements:Smtp:Host"] = "127.0.0.1",
        ["Statements:Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Statements:Smtp:From"] = "MMM <alerts@mmm.example>",
    };

    /// <summary>Every message received so far for <paramref name="address"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.Headers["X-Envelope-To"]?.Split(',').Any(a => string.Equals(a.Trim(), address, StringComparison.OrdinalIgnoreCase)) == true)
            .ToList();

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> messages, and returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count)
            {
                return messages;
            }
            Assert.True(deadline.Elapsed < Deadline, $"{address} received {messages.Count} messages, not {count}, within {Deadline.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It had stopped already.
        }
        process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

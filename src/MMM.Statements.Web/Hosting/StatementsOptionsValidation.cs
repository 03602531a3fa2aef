using Microsoft.Extensions.Options;

namespace MMM.Statements.Web.Hosting;

/// <summary>Refuses to start with a configuration that would put private data where it could be served or indexed.</summary>
internal sealed class StatementsOptionsValidation : IValidateOptions<StatementsOptions>
{
    private const long MaxSensibleUpload = 1L << 30;

    public ValidateOptionsResult Validate(string? name, StatementsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxUploadBytes is <= 0 or > MaxSensibleUpload)
        {
            failures.Add($"Statements:MaxUploadBytes must be between 1 and {MaxSensibleUpload} bytes (it is {options.MaxUploadBytes}).");
        }
        if (IsSameOrInside(options.DataDirectory, options.SourceDirectory))
        {
            failures.Add($"Statements:DataDirectory ({options.DataDirectory}) must not be inside Statements:SourceDirectory ({options.SourceDirectory}): accounts and keys would be indexed.");
        }
        if (IsSameOrInside(options.DataDirectory, options.IndexDirectory))
        {
            failures.Add($"Statements:DataDirectory ({options.DataDirectory}) must not be inside Statements:IndexDirectory ({options.IndexDirectory}).");
        }
        if (!string.IsNullOrWhiteSpace(options.PublicUrl) && PublicOrigin.TryParse(options.PublicUrl) is null)
        {
            failures.Add($"Statements:PublicUrl must be an absolute http:// or https:// URL without query or fragment (it is \"{options.PublicUrl}\").");
        }
        foreach (var proxy in options.KnownProxies)
        {
            if (!System.Net.IPAddress.TryParse(proxy, out _))
            {
                failures.Add($"Statements:KnownProxies holds \"{proxy}\", which is not an IP address.");
            }
        }
        if (options.Smtp.Enabled)
        {
            if (options.Smtp.Port is < 0 or > 65535)
            {
                failures.Add($"Statements:Smtp:Port must be between 1 and 65535 (it is {options.Smtp.Port}).");
            }
            if (!MimeKit.MailboxAddress.TryParse(options.Smtp.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
            {
                failures.Add($"Statements:Smtp:From must be an e-mail address when Statements:Smtp:Host is set (it is \"{options.Smtp.From}\").");
            }
            if (options.Smtp.UserName.Length > 0 && options.Smtp.EffectiveSecurity == SmtpSecurity.None && !SmtpOptions.IsLoopback(options.Smtp.Host))
            {
                failures.Add("Statements:Smtp:UserName is set but Statements:Smtp:Security is None: the password would cross the network in clear.");
            }
        }
        if (options.AlertSignUpsPerHour is < 1 or > 100_000)
        {
            failures.Add($"Statements:AlertSignUpsPerHour must be between 1 and 100000 (it is {options.AlertSignUpsPerHour}).");
        }
        if (File.Exists(options.DataDirectory))
        {
            failures.Add($"Statements:DataDirectory ({options.DataDirectory}) is a file, not a directory.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }
}

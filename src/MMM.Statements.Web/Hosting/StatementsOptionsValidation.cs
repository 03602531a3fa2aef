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

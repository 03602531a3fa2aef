using System.Text.Json;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// The staff accounts, kept in memory and written through to <c>DataDirectory/accounts.json</c>.
/// Every write replaces the whole file through a temporary file and a rename, so a crash never leaves
/// a half-written account list.
/// </summary>
public sealed class AccountStore
{
    public const string FileName = "accounts.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Lock gate = new();
    private readonly string path;
    private Dictionary<string, AdminAccount> accounts;

    public AccountStore(IOptions<StatementsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.Value.DataDirectory);
        path = Path.Combine(options.Value.DataDirectory, FileName);
        accounts = Load(path);
    }

    public bool IsEmpty
    {
        get
        {
            lock (gate)
            {
                return accounts.Count == 0;
            }
        }
    }

    public AdminAccount? Find(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        lock (gate)
        {
            return accounts.GetValueOrDefault(username);
        }
    }

    /// <summary>Adds or replaces an account and persists the list before returning.</summary>
    public void Save(AdminAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        lock (gate)
        {
            var next = new Dictionary<string, AdminAccount>(accounts, StringComparer.OrdinalIgnoreCase)
            {
                [account.Username] = account,
            };
            Write(next);
            accounts = next;
        }
    }

    private void Write(Dictionary<string, AdminAccount> next)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.WriteThrough,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, next.Values.OrderBy(a => a.Username, StringComparer.Ordinal).ToList(), Json);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static Dictionary<string, AdminAccount> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, AdminAccount>(StringComparer.OrdinalIgnoreCase);
        }
        using var stream = File.OpenRead(path);
        var list = JsonSerializer.Deserialize<List<AdminAccount>>(stream, Json)
            ?? throw new InvalidDataException($"{path} does not hold an account list.");
        return list.ToDictionary(a => a.Username, StringComparer.OrdinalIgnoreCase);
    }
}

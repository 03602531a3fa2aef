using Microsoft.Extensions.Options;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// Makes sure someone can sign in, without any default password: <c>MMM_ADMIN_PASSWORD</c> sets the
/// <c>admin</c> account's password; with neither that nor any account, a one-time password is written to
/// <c>DataDirectory/initial-admin-password.txt</c> (mode 600), and signing in with it forces a change.
/// </summary>
internal sealed class AdminBootstrap(
    AccountStore store,
    AdminSignIn signIn,
    AuditLog audit,
    IConfiguration configuration,
    IOptions<StatementsOptions> options,
    TimeProvider clock,
    ILogger<AdminBootstrap> logger) : IHostedService
{
    public const string AdminUsername = "admin";
    public const string PasswordVariable = "MMM_ADMIN_PASSWORD";
    public const string InitialPasswordFile = "initial-admin-password.txt";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = configuration[PasswordVariable];
        if (!string.IsNullOrEmpty(configured))
        {
            // Only rehash when it changed: rehashing rotates the stamp and would sign everyone out on each restart.
            if (!signIn.HasPassword(AdminUsername, configured))
            {
                signIn.SetPassword(AdminUsername, configured, mustChange: false);
                await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), AdminUsername, AuditActions.PasswordSetAtStart, AuditActions.Success, null, PasswordVariable), cancellationToken);
            }
            if (configured.Length < AdminSignIn.MinPasswordLength)
            {
                logger.LogWarning("{Variable} is shorter than {Length} characters; choose a longer password", PasswordVariable, AdminSignIn.MinPasswordLength);
            }
            return;
        }
        if (!store.IsEmpty)
        {
            return;
        }
        var password = AdminSignIn.NewSecret(20);
        var file = Path.Combine(options.Value.DataDirectory, InitialPasswordFile);
        WriteOwnerOnly(file, password + "\n");
        signIn.SetPassword(AdminUsername, password, mustChange: true);
        logger.LogWarning(
            "No admin account was configured: a one-time password for the {User} account is in {File}. Sign in at /admin/login and choose a new password",
            AdminUsername, file);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static void WriteOwnerOnly(string file, string content)
    {
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var writer = new StreamWriter(new FileStream(file, fileOptions));
        writer.Write(content);
    }

    /// <summary>Removes the one-time password file once it has served its purpose.</summary>
    internal static void ForgetInitialPassword(StatementsOptions options) =>
        File.Delete(Path.Combine(options.DataDirectory, InitialPasswordFile));
}

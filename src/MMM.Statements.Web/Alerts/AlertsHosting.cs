namespace MMM.Statements.Web.Alerts;

/// <summary>E-mail alerts on a search: the subscriptions, the publication ledger, the mailer and the digests worker.</summary>
public static class AlertsHosting
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<AlertSubscriptions>();
        services.AddSingleton<StatementLedger>();
        services.AddSingleton<AlertMailer>();
        services.AddSingleton<AlertDigests>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertDigests>());
        return services;
    }
}

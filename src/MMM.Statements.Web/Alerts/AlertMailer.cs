using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Alerts;

/// <summary>Sends the alert mails through the configured SMTP server (MailKit), one connection per batch.</summary>
public sealed class AlertMailer(IOptions<StatementsOptions> options)
{
    /// <summary>A server that stops answering must not hold a batch for long.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions smtp = options.Value.Smtp;

    /// <summary>Whether e-mail alerts are offered (<c>Statements:Smtp:Host</c> is set).</summary>
    public bool Enabled => smtp.Enabled;

    /// <summary>The sender of every alert.</summary>
    public MailboxAddress From => MailboxAddress.Parse(smtp.From);

    /// <summary>
    /// Sends each message on one connection; a message the server refuses does not stop the others. Returns, for each
    /// message in order, null when it was accepted or the error. Throws when the server cannot be reached at all.
    /// </summary>
    public async Task<IReadOnlyList<Exception?>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var outcomes = new Exception?[messages.Count];
        if (messages.Count == 0)
        {
            return outcomes;
        }
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host.Trim(), smtp.EffectivePort, smtp.EffectiveSecurity switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        }, cancellationToken);
        if (smtp.UserName.Length > 0)
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        }
        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await client.SendAsync(messages[i], cancellationToken);
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
            {
                outcomes[i] = e;
                if (!client.IsConnected)
                {
                    // The connection is gone: the rest are not sent either, and are retried later.
                    for (var j = i + 1; j < messages.Count; j++)
                    {
                        outcomes[j] = e;
                    }
                    return outcomes;
                }
            }
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
        return outcomes;
    }
}

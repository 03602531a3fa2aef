using System.Globalization;
using System.Net;
using System.Text;
using MimeKit;
using MMM.Statements.Search;
using MMM.Statements.Text;
using MMM.Statements.Web.Localization;

namespace MMM.Statements.Web.Alerts;

/// <summary>A statement as a digest lists it: what a reader needs to decide to open it.</summary>
public sealed record DigestEntry(string Title, DateOnly? Date, string? Session, string Url);

/// <summary>
/// The two mails, in the subscription's language, each as plain text with an HTML alternative (every value
/// HTML-encoded there). Digests carry <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> (RFC 8058), so that a
/// mail program's own button ends the subscription in one click.
/// </summary>
public static class AlertMail
{
    public static MimeMessage Confirmation(MailboxAddress from, string to, string language, string search, string confirmUrl)
    {
        var a = AlertText.For(language);
        var text = new StringBuilder()
            .AppendLine(a.ConfirmIntro).AppendLine().AppendLine("  " + search).AppendLine()
            .AppendLine(a.ConfirmAction).AppendLine(confirmUrl).AppendLine()
            .AppendLine(a.ConfirmIgnore);
        var html = new StringBuilder()
            .Append("<p>").Append(Encode(a.ConfirmIntro)).Append("</p>")
            .Append("<p><strong>").Append(Encode(search)).Append("</strong></p>")
            .Append("<p>").Append(Encode(a.ConfirmAction)).Append("<br><a href=\"").Append(Encode(confirmUrl)).Append("\">").Append(Encode(confirmUrl)).Append("</a></p>")
            .Append("<p>").Append(Encode(a.ConfirmIgnore)).Append("</p>");
        return Message(from, to, language, UiText.Format(a.ConfirmSubjectFormat, search), text.ToString(), html.ToString());
    }

    public static MimeMessage Digest(MailboxAddress from, string to, string language, string search, string searchUrl,
        IReadOnlyList<DigestEntry> entries, string unsubscribeUrl, int total)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var a = AlertText.For(language);
        var s = UiText.For(new CultureInfo(language)).Search;
        var culture = new CultureInfo(language);
        var text = new StringBuilder().AppendLine(a.DigestIntro).AppendLine("  " + search).AppendLine();
        var html = new StringBuilder()
            .Append("<p>").Append(Encode(a.DigestIntro)).Append(" <strong>").Append(Encode(search)).Append("</strong></p><ul>");
        foreach (var entry in entries)
        {
            var meta = string.Join(" · ", new[] { entry.Date?.ToString(s.DateFormat, culture), entry.Session }.Where(v => v is not null));
            text.Append("- ").AppendLine(entry.Title);
            if (meta.Length > 0)
            {
                text.Append("  ").AppendLine(meta);
            }
            text.Append("  ").AppendLine(entry.Url).AppendLine();
            html.Append("<li><a href=\"").Append(Encode(entry.Url)).Append("\">").Append(Encode(entry.Title)).Append("</a>");
            if (meta.Length > 0)
            {
                html.Append("<br>").Append(Encode(meta));
            }
            html.Append("</li>");
        }
        if (total > entries.Count)
        {
            var more = UiText.Format(a.DigestMoreFormat, total - entries.Count);
            text.AppendLine(more).AppendLine();
            html.Append("</ul><p>").Append(Encode(more)).Append("</p><ul>");
        }
        text.AppendLine(a.DigestSeeSearch).AppendLine(searchUrl).AppendLine()
            .AppendLine("-- ").AppendLine(a.DigestUnsubscribe).AppendLine(unsubscribeUrl);
        html.Append("</ul><p>").Append(Encode(a.DigestSeeSearch)).Append(" <a href=\"").Append(Encode(searchUrl)).Append("\">").Append(Encode(searchUrl)).Append("</a></p>")
            .Append("<hr><p>").Append(Encode(a.DigestUnsubscribe)).Append(" <a href=\"").Append(Encode(unsubscribeUrl)).Append("\">").Append(Encode(unsubscribeUrl)).Append("</a></p>");
        var subject = UiText.Format(total == 1 ? a.DigestSubjectOneFormat : a.DigestSubjectFormat, total, search);
        var message = Message(from, to, language, subject, text.ToString(), html.ToString());
        message.Headers.Add("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private static MimeMessage Message(MailboxAddress from, string to, string language, string subject, string text, string html)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        // One line, no control character: a query is the reader's text.
        message.Subject = UnsafeCharacters.CleanLine(subject);
        // Out-of-office replies and the like are not sent back to an automatic mail (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder
        {
            TextBody = text,
            HtmlBody = "<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>",
        };
        message.Body = body.ToMessageBody();
        // After the body: MimeKit keeps a message's Content-* headers on its body entity.
        message.Body.Headers.Add(HeaderId.ContentLanguage, language);
        return message;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

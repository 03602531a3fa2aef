using System.Text;
using MMM.Statements.Model;

namespace MMM.Statements.Extraction;

/// <summary>Decides a file's format from its first bytes; the extension is never trusted.</summary>
public static class FormatSniffer
{
    /// <summary>How many leading bytes callers should pass.</summary>
    public const int HeadLength = 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    // Tags a real page starts with, once comments and white space are skipped.
    private static readonly string[] HtmlStarts =
    [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p", "<div", "<h1", "<article", "<link", "<script", "<style", "<section", "<main", "<header", "<nav", "<table", "<br", "<span", "<a ", "<ul", "<base",
    ];

    public static DocumentFormat Sniff(ReadOnlySpan<byte> head)
    {
        var window = head.Length > HeadLength ? head[..HeadLength] : head;
        if (window.IndexOf(PdfMagic) >= 0)
        {
            return DocumentFormat.Pdf;
        }
        return LooksLikeHtml(DecodeHead(window)) ? DocumentFormat.Html : DocumentFormat.Unknown;
    }

    private static string DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(head[3..]);
        }
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(head[2..]);
        }
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        // Binary junk and NUL-laden files are not pages, whatever their name says.
        return head.IndexOf((byte)0) >= 0 ? "" : Encoding.Latin1.GetString(head);
    }

    private static bool LooksLikeHtml(string text)
    {
        var span = text.AsSpan().TrimStart();
        // Skip leading comments and an XML declaration.
        while (true)
        {
            if (span.StartsWith("<!--"))
            {
                var end = span.IndexOf("-->");
                if (end < 0)
                {
                    return false;
                }
                span = span[(end + 3)..].TrimStart();
            }
            else if (span.StartsWith("<?xml"))
            {
                var end = span.IndexOf("?>");
                if (end < 0)
                {
                    return false;
                }
                span = span[(end + 2)..].TrimStart();
            }
            else
            {
                break;
            }
        }
        foreach (var start in HtmlStarts)
        {
            if (span.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (start.EndsWith(' ') || span.Length == start.Length || !char.IsAsciiLetterOrDigit(span[start.Length])))
            {
                return true;
            }
        }
        return false;
    }
}

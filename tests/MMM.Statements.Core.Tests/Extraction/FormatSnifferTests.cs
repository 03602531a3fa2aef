using System.Text;
using MMM.Statements.Extraction;
using MMM.Statements.Model;

namespace MMM.Statements.Tests.Extraction;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ", DocumentFormat.Pdf)]
    [InlineData("junk before the header %PDF-1.4", DocumentFormat.Pdf)]
    [InlineData("<!DOCTYPE html><html lang=\"fr\">", DocumentFormat.Html)]
    [InlineData("  \n<html>", DocumentFormat.Html)]
    [InlineData("<!-- saved page --><head><meta charset=utf-8>", DocumentFormat.Html)]
    [InlineData("<p>Bonjour</p>", DocumentFormat.Html)]
    [InlineData("\uFEFF<!doctype html>", DocumentFormat.Html)]
    [InlineData("PK\u0003\u0004", DocumentFormat.Unknown)]
    [InlineData("Bonjour, ceci est du texte brut.", DocumentFormat.Unknown)]
    [InlineData("<pre-release notes>", DocumentFormat.Unknown)]
    public void FormatComesFromTheBytes(string head, DocumentFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void PdfMagicAfterTheFirstKilobyteDoesNotCount()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 1100) + "%PDF-1.4");
        Assert.Equal(DocumentFormat.Unknown, FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void Utf16PageWithBomIsHtml()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>é</body></html>")).ToArray();
        Assert.Equal(DocumentFormat.Html, FormatSniffer.Sniff(bytes));
    }

    [Fact]
    public void BinaryJunkStartingWithATagIsUnknown()
    {
        byte[] bytes = [.. "<html>"u8, 0, 1, 2, 0xFF, 0];
        Assert.Equal(DocumentFormat.Unknown, FormatSniffer.Sniff(bytes));
    }
}

using System.Xml;
using MMM.Statements.Text;

namespace MMM.Statements.Web.Api;

/// <summary>
/// An <see cref="XmlWriter"/> that drops the characters XML 1.0 cannot hold (U+0001, U+001B, lone surrogates…) from
/// every text and attribute value it is given. A plain writer throws on them, and one such character in one stored
/// title used to turn the whole feed into a server error for everyone; this writer is safe whatever the index holds.
/// </summary>
internal sealed class SafeXmlWriter(XmlWriter inner) : XmlWriter
{
    public static XmlWriter Over(Stream output, XmlWriterSettings settings) => new SafeXmlWriter(Create(output, settings));

    public override WriteState WriteState => inner.WriteState;
    public override XmlWriterSettings? Settings => inner.Settings;
    public override string? XmlLang => inner.XmlLang;
    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override void WriteString(string? text) => inner.WriteString(text is null ? null : UnsafeCharacters.ForXml(text));
    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));
    public override void WriteCData(string? text) => inner.WriteCData(text is null ? null : UnsafeCharacters.ForXml(text));
    public override void WriteComment(string? text) => inner.WriteComment(text is null ? null : UnsafeCharacters.ForXml(text));
    public override void WriteCharEntity(char ch) => WriteString(ch.ToString());
    public override void WriteSurrogateCharEntity(char lowChar, char highChar) => inner.WriteSurrogateCharEntity(lowChar, highChar);
    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);
    public override void WriteRaw(char[] buffer, int index, int count) => WriteRaw(new string(buffer, index, count));
    public override void WriteRaw(string data) => inner.WriteRaw(UnsafeCharacters.ForXml(data));
    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);
    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);
    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text is null ? null : UnsafeCharacters.ForXml(text));
    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);
    public override void WriteStartDocument() => inner.WriteStartDocument();
    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);
    public override void WriteEndDocument() => inner.WriteEndDocument();
    public override void WriteStartElement(string? prefix, string localName, string? ns) => inner.WriteStartElement(prefix, localName, ns);
    public override void WriteEndElement() => inner.WriteEndElement();
    public override void WriteFullEndElement() => inner.WriteFullEndElement();
    public override void WriteStartAttribute(string? prefix, string localName, string? ns) => inner.WriteStartAttribute(prefix, localName, ns);
    public override void WriteEndAttribute() => inner.WriteEndAttribute();
    public override void Flush() => inner.Flush();
    public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

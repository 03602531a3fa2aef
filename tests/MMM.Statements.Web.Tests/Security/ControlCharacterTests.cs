using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MMM.Statements.Search;
using MMM.Statements.Web.Api;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Security;

/// <summary>
/// One title holding a control character (U+0001, U+001B) used to make <c>/feed.atom</c> answer 500 for everyone. The
/// characters are now removed where they come in (extraction, sidecars), and each writer is safe on its own.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Title = "Soins non rémunérés et protection sociale des mères";

    [Fact]
    public async Task StatementsWhoseTitlesCarryControlCharactersLeaveTheFeedAndTheExportsWorking()
    {
        using var site = new SiteFactory(ownCorpus: true);
        var folder = Path.Combine(site.SourceDirectory, "2026");
        var page = "<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{0}</title></head><body><h1>{0}</h1>"
            + string.Concat(Enumerable.Repeat("<p>Les mères assument l’essentiel du travail de soin non rémunéré ; la protection sociale doit le reconnaître.</p>", 4))
            + "<p>Mot témoin : xylophonique ({1}).</p></body></html>";
        await File.WriteAllTextAsync(Path.Combine(folder, "controle-entite.html"), string.Format(page, "Soins&#x1; non rémunérés&#x1B; et protection sociale des mères", "entité"));
        await File.WriteAllTextAsync(Path.Combine(folder, "controle-brut.html"), string.Format(page, "Soins\u0001 non rémunérés\u001B et protection sociale des mères", "brut"));
        await File.WriteAllTextAsync(Path.Combine(folder, "controle-fiche.html"), string.Format(page, "Sans titre", "fiche"));
        await File.WriteAllTextAsync(Path.Combine(folder, "controle-fiche.html.meta.json"), "{\"title\": \"Soins\\u0001 non rémunérés\\u001B et protection sociale\\u202E des mères\"}");
        var client = site.NewClient();
        await client.GetAsync("/");
        site.Builds.StartOrQueue(full: false, "test");
        await site.Builds.IdleAsync();

        var feed = await client.GetAsync("/feed.atom?q=xylophonique");
        var csv = await client.GetStringAsync("/export.csv?q=xylophonique");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var titles = XDocument.Parse(await feed.Content.ReadAsStringAsync())
            .Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom"))
            .Select(e => e.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value).ToList();
        Assert.Equal(3, titles.Count);
        Assert.All(titles, t => Assert.Equal(Title, t));
        Assert.DoesNotContain('\u001B', csv);
        Assert.DoesNotContain('\u0001', csv);
        foreach (var id in new[] { "2026-controle-entite", "2026-controle-brut", "2026-controle-fiche" })
        {
            var ris = await client.GetStringAsync($"/statements/{id}/cite.ris");
            Assert.Contains("TI  - " + Title + "\r\n", ris);
        }
    }

    [Fact]
    public void TheFeedWriterDropsWhatXmlCannotHoldInsteadOfThrowing()
    {
        var stream = new MemoryStream();
        using (var xml = SafeXmlWriter.Over(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("term", "care\u0001");
            xml.WriteElementString("title", "http://www.w3.org/2005/Atom", "Soins\u0001\u001B non\uD800 rémunérés");
            xml.WriteEndElement();
        }

        var feed = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal("Soins non rémunérés", feed.Root!.Elements().Single().Value);
        Assert.Equal("care", feed.Root.Attribute("term")!.Value);
    }

    [Fact]
    public void CitationFilesAndCsvRowsCarryNoControlCharacters()
    {
        var citation = new Citation("x", "Soins\u0001 non\u001B[2J rémunérés\r\nER  - ", "E/CN.6/2024/NGO/108\u0007", 2024, null, "déclaration", null, "https://declarations.example.org/statements/x");
        var csv = new StringBuilder();

        var ris = citation.ToRis();
        var bib = citation.ToBibTex("x");
        StatementsFeeds.Row(csv, "Soins\u0001", "\u001B[31mrouge", "=1+1");

        Assert.Contains("TI  - Soins non[2J rémunérés ER -\r\n", ris);
        Assert.Single(ris.Split("\r\n"), l => l.StartsWith("ER  -", StringComparison.Ordinal));
        Assert.DoesNotContain(ris + bib + csv, c => c < ' ' && c is not ('\r' or '\n'));
        Assert.Equal("\"Soins\",\"[31mrouge\",\"'=1+1\"\r\n", csv.ToString());
    }
}

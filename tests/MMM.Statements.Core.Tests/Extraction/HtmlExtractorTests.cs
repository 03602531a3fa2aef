using System.Text;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>French news pages written for these tests (tests/fixtures/extraction/html), and hostile inputs built in the test.</summary>
public sealed class HtmlExtractorTests(ITestOutputHelper output)
{
    private readonly HtmlExtractor _extractor = new(ExtractionOptions.Default);

    private static string Fixture(string name) => Path.Combine(TestPaths.Fixtures, "extraction", "html", name);

    private ExtractedDocument Extract(string html) => _extractor.Extract(Encoding.UTF8.GetBytes(html));

    [Theory]
    [InlineData("actualite-geneve.html", "actualite-geneve.expected.txt")]
    [InlineData("actualite-new-york.utf8.html", "actualite-new-york.expected.txt")]
    [InlineData("actualite-new-york.cp1252.html", "actualite-new-york.expected.txt")]
    public async Task FrenchNewsPagesKeepTheirArticleAndLoseTheFurniture(string page, string expectedFile)
    {
        var expected = await File.ReadAllTextAsync(Fixture(expectedFile));

        var document = await _extractor.ExtractAsync(Fixture(page), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        var recall = TokenOverlap.Recall(document.Text, expected);
        var precision = TokenOverlap.Precision(document.Text, expected);
        output.WriteLine($"{page}: recall {recall:P1}, precision {precision:P1}\n{document.Text}");
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");
        foreach (var furniture in new[] { "cookies", "Mentions légales", "Nos actions", "Accueil", "Partager", "Articles récents", "Dernières nouvelles", "ECOSOC depuis 1947" })
        {
            Assert.DoesNotContain(furniture, document.Text);
        }
    }

    [Fact]
    public async Task GenevaPageGivesTitleDateLanguageLeadLineAndPdfLinks()
    {
        var document = await _extractor.ExtractAsync(Fixture("actualite-geneve.html"), CancellationToken.None);

        Assert.Equal("Violence à l’égard des femmes autochtones : notre déclaration au Conseil", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 14), document.Date);
        Assert.Equal("fr", document.DeclaredLanguage);
        Assert.Equal("ONU Genève – Make Mothers Matter a présenté une déclaration écrite lors de la session du Conseil des droits de l’homme.", document.LeadLine);
        Assert.Equal(
            ["/wp-content/uploads/2024/03/declaration-HRC55-FR.pdf", "https://makemothersmatter.org/docs/HRC55-statement-EN.PDF?v=2", "/docs/rapport-annuel-2023.pdf"],
            document.PdfLinks);
        Assert.Contains("instances spécifiques", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00AD", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewYorkPageInWindows1252DecodesLikeItsUtf8Twin()
    {
        var utf8 = await _extractor.ExtractAsync(Fixture("actualite-new-york.utf8.html"), CancellationToken.None);
        var cp1252 = await _extractor.ExtractAsync(Fixture("actualite-new-york.cp1252.html"), CancellationToken.None);

        Assert.Equal(utf8.Text, cp1252.Text);
        Assert.Contains("l’œuvre qu’elles accomplissent", cp1252.Text);
        Assert.Contains("10 000 €", cp1252.Text);
        Assert.Equal("Déclaration orale à la Commission du développement social", cp1252.Title);
        Assert.Equal(new DateOnly(2021, 2, 10), cp1252.Date);
        Assert.Equal("UN New York, CSocD59 – Make Mothers Matter a pris la parole lors du débat général de la Commission.", cp1252.LeadLine);
        Assert.Equal(["statements/CSocD59-oral-FR.pdf"], cp1252.PdfLinks);
    }

    [Fact]
    public void ScriptsStylesAndEmbeddedContentNeverReachTheText()
    {
        var document = Extract("""
            <html><head><style>p { color: red } .secret-style {}</style><script>var secretScript = 1;</script></head>
            <body><p>Texte visible de la déclaration.</p>
            <noscript>secret noscript</noscript><template><p>secret template</p></template>
            <iframe src="x">secret iframe</iframe><object data="y">secret object</object>
            <script type="application/ld+json">{"secret": "json"}</script></body></html>
            """);

        Assert.Equal("Texte visible de la déclaration.", document.Text);
    }

    [Fact]
    public void EntitiesDecodeOnceAndInvalidCodePointsBecomeReplacementCharacters()
    {
        var document = Extract("<p>&eacute;t&#233; &#x00E9;t&eacute; &amp;lt;script&amp;gt; nul&#0; demi&#xD800; fin</p>");

        Assert.Equal("été été &lt;script&gt; nul\uFFFD demi\uFFFD fin", document.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16LE")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16BE")]
    public void ByteOrderMarkDecidesTheEncoding(byte[] bom, string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        // The meta tag lies; the BOM wins, as in a browser.
        var bytes = bom.Concat(encoding.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Égalité œuvre €</p></body></html>")).ToArray();

        var document = _extractor.Extract(bytes);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("Égalité œuvre €", document.Text);
    }

    [Fact]
    public void MetaCharsetIsHonouredAndLatin1MeansWindows1252()
    {
        var bytes = HtmlDecoder.Windows1252.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>l’œuvre « €uro »</p></body></html>");

        var document = _extractor.Extract(bytes);

        Assert.Equal("l’œuvre « €uro »", document.Text);
    }

    [Theory]
    [InlineData("x-foo")]
    [InlineData("iso-2022-cn")]
    public void UnknownCharsetFallsBackToUtf8WithAWarning(string label)
    {
        var document = Extract($"<html><head><meta charset=\"{label}\"></head><body><p>Égalité</p></body></html>");

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("Égalité", document.Text);
        Assert.Contains(label, document.Detail);
        Assert.Contains("UTF-8", document.Detail);
    }

    [Fact]
    public void NulBytesOrBinaryJunkAreNotSupported()
    {
        byte[] withNul = [.. "<html><body><p>texte"u8, 0, .. "</p></body></html>"u8];
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        "<html>"u8.CopyTo(junk);

        Assert.Equal(ExtractionStatus.NotSupported, _extractor.Extract(withNul).Status);
        Assert.Equal(ExtractionStatus.NotSupported, _extractor.Extract(junk).Status);
    }

    [Fact]
    public void SoftHyphensAndAcuteAccentApostrophesDisappear()
    {
        var document = Extract("<p>La can&shy;di&shy;da&shy;ture de l\u00B4association est é\u00ADco\u00ADno\u00ADmique.</p>");

        Assert.Equal("La candidature de l’association est économique.", document.Text);
    }

    [Fact]
    public void DeeplyNestedPageIsRefusedBeforeParsingWithoutCrashing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "profond" + "</body></html>";

        var document = Extract(html);

        Assert.Equal(ExtractionStatus.TooLarge, document.Status);
        Assert.Contains("512", document.Detail);
    }

    [Theory]
    [InlineData("<table><tr><td>")]
    [InlineData("<ul><li>")]
    [InlineData("<b><i>")]
    [InlineData("<blockquote>")]
    public void OtherDeepNestingShapesAreRefusedToo(string opening)
    {
        var document = Extract("<html><body>" + string.Concat(Enumerable.Repeat(opening, 100_000)) + "x</body></html>");

        Assert.Equal(ExtractionStatus.TooLarge, document.Status);
    }

    [Fact]
    public void NestingJustUnderTheLimitIsParsed()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "<p>Texte profond mais accepté.</p>" + string.Concat(Enumerable.Repeat("</div>", 500)) + "</body></html>";

        var document = Extract(html);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("Texte profond mais accepté.", document.Text);
    }

    [Fact]
    public void ManyUnclosedParagraphsAndListItemsDoNotCountAsNesting()
    {
        var html = "<html><body><ul>" + string.Concat(Enumerable.Repeat("<li>point<p>suite", 2000)) + "</ul></body></html>";

        Assert.Equal(ExtractionStatus.Extracted, Extract(html).Status);
    }

    [Fact]
    public void TitlePrefersOgTitleThenH1ThenTitleAndIsCapped()
    {
        Assert.Equal("OG", Extract("<html><head><title>T</title><meta property=\"og:title\" content=\"OG\"></head><body><h1>H</h1><p>x</p></body></html>").Title);
        Assert.Equal("H", Extract("<html><head><title>T</title></head><body><h1>H</h1><p>x</p></body></html>").Title);
        Assert.Equal("T", Extract("<html><head><title>T</title></head><body><p>x</p></body></html>").Title);
        Assert.Equal("</title><script>alert(1)</script>", Extract("<html><head><title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><p>x</p></body></html>").Title);
        Assert.Equal(301, Extract($"<title>{new string('a', 5000)}</title><p>x</p>").Title!.Length);
    }

    [Fact]
    public void ParagraphWithADashFarFromItsStartIsNotALeadLine()
    {
        var document = Extract("<html lang=\"fr\"><body><p>La Commission de la condition de la femme s’est réunie cette semaine à New York – une session importante.</p></body></html>");

        Assert.Null(document.LeadLine);
    }

    [Fact]
    public void ParsingThatOutrunsTheTimeoutEndsAsTimedOut()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Le travail de soin non rémunéré des mères.</p>", 100_000));
        var extractor = new HtmlExtractor(new ExtractionOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var document = extractor.Extract(Encoding.UTF8.GetBytes("<html><body>" + paragraphs + "</body></html>"));

        Assert.Equal(ExtractionStatus.TimedOut, document.Status);
    }

    [Fact]
    public void DateLineInAHeaderOutsideTheArticleStillDatesThePage()
    {
        var article = string.Concat(Enumerable.Repeat("<p>Les mères assument l’essentiel du travail de soin dans le monde entier.</p>", 10));
        var document = Extract($"<html><body><div class=\"meta\"><span>Actualité</span><div>05.11.25</div></div><div id=\"article\">{article}</div><meta name=\"author\" content=\"Équipe plaidoyer\"></body></html>");

        Assert.Equal(new DateOnly(2025, 11, 5), document.Date);
        Assert.Equal("Équipe plaidoyer", document.Author);
        Assert.DoesNotContain("05.11.25", document.Text);
    }

    [Fact]
    public void PageWithoutAnyTextSaysSo()
    {
        var document = Extract("<html><body><script>only()</script><img src=a.png></body></html>");

        Assert.Equal(ExtractionStatus.NoTextLayer, document.Status);
        Assert.Empty(document.Pages);
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<div></b>")]
    [InlineData("<span/>")]
    [InlineData("<blockquote></x-unknown>")]
    [InlineData("<li><section>")]
    [InlineData("<option><b>")]
    [InlineData("<span><div></span>")]
    [InlineData("<a href=\"#\"><div>")]
    public void NestingHiddenBehindSlashesOrStrayEndTagsIsRefusedBeforeParsing(string unit)
    {
        // Before, these passed the pre-check (a "/>" or an unmatched end tag counted as a close) and the parse ran
        // into the timeout; a short one here, so that a regression fails fast instead of waiting 30 s.
        var extractor = new HtmlExtractor(new ExtractionOptions { Timeout = TimeSpan.FromSeconds(5) });

        var document = extractor.Extract(Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat(unit, 100_000)) + "x</body></html>"));

        Assert.Equal(ExtractionStatus.TooLarge, document.Status);
        Assert.Contains("512", document.Detail);
    }

    [Fact]
    public void FormattingClosedByAnotherEndTagStillCountsBecauseTheParserReopensIt()
    {
        // <div><b class=k></div> a thousand times: each b is re-opened inside the next div, so the tree grows by one each time.
        var units = string.Concat(Enumerable.Range(0, 1000).Select(k => $"<div><b class=\"c{k}\"></div>"));

        Assert.True(HtmlNestingCheck.MaxDepth("<body>" + units + "x</body>") > 512);
    }

    [Theory]
    [InlineData("<svg>" + "<path d=\"M0 0\"/>" + "</svg>")]
    [InlineData("<script>if (a < b) { document.write('<div><div><div>'); }</script>")]
    [InlineData("<!-- <div><div><div> -->")]
    [InlineData("<p title=\"a > b <div>\">x</p>")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>")]
    [InlineData("<ul><li>a<li>b</ul><dl><dt>x<dd>y<dt>z</dl><a href=\"#\">1<a href=\"#\">2")]
    [InlineData("<select><option>a<option>b<optgroup><option>c</select>")]
    public void OrdinaryMarkupRepeatedAThousandTimesStaysShallow(string unit)
    {
        var depth = HtmlNestingCheck.MaxDepth("<html><body>" + string.Concat(Enumerable.Repeat(unit, 1000)) + "</body></html>");

        Assert.True(depth < 10, $"depth {depth}");
    }

    [Theory]
    [InlineData("actualite-geneve.html")]
    [InlineData("actualite-new-york.utf8.html")]
    public void TheFixturePagesAreShallow(string page)
    {
        Assert.InRange(HtmlNestingCheck.MaxDepth(File.ReadAllText(Fixture(page))), 1, 30);
    }

    [Fact]
    public void ControlAndBidiCharactersAreRemovedFromTitleAndTextWithoutSplittingWords()
    {
        var document = Extract("<html><head><title>Soins&#x1; non&#x1B; rémunérés</title></head>"
            + "<body><p>Le travail de soi&#x202E;ns non rému\u0001nérés.</p></body></html>");

        Assert.Equal("Soins non rémunérés", document.Title);
        Assert.Equal("Le travail de soins non rémunérés.", document.Text);
    }

    [Fact]
    public void AWindows1252DeclarationOverUtf8BytesIsReadAsUtf8WithAWarning()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Les mères ont été entendues.</p></body></html>");

        var document = _extractor.Extract(bytes);
        var decoded = HtmlDecoder.Decode(bytes)!;

        Assert.Equal("Les mères ont été entendues.", document.Text);
        Assert.Contains("windows-1252", document.Detail);
        Assert.Equal(new CharsetWarning("windows-1252", "UTF-8", UnknownLabel: false), decoded.Charset);
    }

    [Fact]
    public void AUtf8DeclarationOverWindows1252BytesIsReadAsWindows1252WithAWarning()
    {
        var bytes = HtmlDecoder.Windows1252.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Les mères ont été entendues.</p></body></html>");

        var document = _extractor.Extract(bytes);

        Assert.Equal("Les mères ont été entendues.", document.Text);
        Assert.DoesNotContain('\uFFFD', document.Text);
        Assert.Equal(new CharsetWarning("utf-8", "windows-1252", UnknownLabel: false), HtmlDecoder.Decode(bytes)!.Charset);
    }

    [Fact]
    public void ARightDeclarationGivesNoWarning()
    {
        Assert.Null(HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>Les mères</p>"))!.Charset);
        Assert.Null(HtmlDecoder.Decode(HtmlDecoder.Windows1252.GetBytes("<meta charset=\"windows-1252\"><p>Les mères</p>"))!.Charset);
        Assert.Null(HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>ASCII only</p>"))!.Charset);
    }
}

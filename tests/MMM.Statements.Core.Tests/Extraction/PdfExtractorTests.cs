using MMM.Statements.Extraction;
using MMM.Statements.Model;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// A French written statement printed by chromium (tests/fixtures/extraction/make-fixtures.sh): three pages with a UN
/// masthead, a running symbol header, a repeated footer with page numbers, an ﬁ ligature and a hyphenated line end.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PdfExtractorTests
{
    private static readonly DocumentExtractor Extractor = new(ExtractionOptions.Default);

    private static string Fixture(string name) => Path.Combine(TestPaths.Fixtures, "extraction", name);

    [Fact]
    public async Task FrenchStatementIsExtractedPageByPageWithItsMetadata()
    {
        var document = await Extractor.ExtractAsync(Fixture("declaration-fr.pdf"), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal(DocumentFormat.Pdf, document.Format);
        Assert.Equal(3, document.PageCount);
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.Equal("Déclaration écrite de Make Mothers Matter à la Commission de la condition de la femme", document.Title);
        Assert.Equal(new UnMasthead("E/CN.6/2024/NGO/108", "générale", new DateOnly(2023, 12, 12), "en"), document.Masthead);
        Assert.Equal("en", document.DeclaredLanguage);
        Assert.Equal(new DateOnly(2023, 12, 12), document.Date);
        Assert.Contains("Les mères assument l’essentiel du travail de soin", document.Pages[1].Text);
    }

    [Fact]
    public async Task LigaturesHyphenationAndSpacesAreNormalisedSoWordsCanBeFound()
    {
        var document = await Extractor.ExtractAsync(Fixture("declaration-fr.pdf"), CancellationToken.None);

        Assert.Contains("l’efficacité des politiques familiales", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFB01", document.Text, StringComparison.Ordinal);
        Assert.Contains("au cœur du développement durable", document.Text, StringComparison.Ordinal);
        Assert.Contains("« travail invisible »", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningHeadersFootersAndPageNumbersStayOutOfTheBody()
    {
        var document = await Extractor.ExtractAsync(Fixture("declaration-fr.pdf"), CancellationToken.None);

        // The symbol stays once, in the masthead of page 1; the repeated header and footer go.
        Assert.Single(UnSymbolLines(document.Text));
        Assert.Contains("E/CN.6/2024/NGO/108", document.Pages[0].Text);
        Assert.DoesNotContain("E/CN.6/2024/NGO/108", document.Pages[1].Text);
        Assert.DoesNotContain("E/CN.6/2024/NGO/108", document.Pages[2].Text);
        Assert.Equal(1, Occurrences(document.Text, "Make Mothers Matter – Déclaration écrite"));
        Assert.All(document.Pages, p => Assert.DoesNotContain($"{p.Number}/3", p.Text));
        Assert.StartsWith("Les mères assument", document.Pages[1].Text);
        Assert.EndsWith("travail non rémunéré.", document.Pages[2].Text);
    }

    [Fact]
    public async Task EncryptedStatementIsReportedAsPasswordProtected()
    {
        var document = await Extractor.ExtractAsync(Fixture("declaration-fr-encrypted.pdf"), CancellationToken.None);

        Assert.Equal(ExtractionStatus.PasswordProtected, document.Status);
        Assert.Empty(document.Pages);
        Assert.Contains("Incorrect password", document.Detail);
        Assert.Equal("Fichier protégé par mot de passe : le texte ne peut pas être lu.", ExtractionMessages.French(document.Status));
    }

    [Fact]
    public async Task AZipArchiveNamedPdfIsNotSupported()
    {
        var document = await Extractor.ExtractAsync(Fixture("archive-named.pdf"), CancellationToken.None);

        Assert.Equal(ExtractionStatus.NotSupported, document.Status);
        Assert.NotEmpty(document.Detail);
    }

    [Fact]
    public async Task AnHtmlPageNamedPdfIsReadAsHtmlBecauseItsBytesSaySo()
    {
        var document = await Extractor.ExtractAsync(Fixture("page-named.pdf"), CancellationToken.None);

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("fr", document.DeclaredLanguage);
    }

    [Fact]
    public async Task AnEmptyFileIsEmptyAndAnOversizedFileIsTooLarge()
    {
        var dir = TestPaths.NewTempDirectory();
        try
        {
            var empty = Path.Combine(dir, "vide.pdf");
            await File.WriteAllBytesAsync(empty, []);
            Assert.Equal(ExtractionStatus.Empty, (await Extractor.ExtractAsync(empty, CancellationToken.None)).Status);

            var small = new DocumentExtractor(new ExtractionOptions { MaxFileBytes = 1000 });
            var large = await small.ExtractAsync(Fixture("declaration-fr.pdf"), CancellationToken.None);
            Assert.Equal(ExtractionStatus.TooLarge, large.Status);
            Assert.Contains("1000", large.Detail);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingFileEndsAsAStatusNotAnException()
    {
        var document = await Extractor.ExtractAsync("/nonexistent/statement.pdf", CancellationToken.None);

        Assert.Equal(ExtractionStatus.NotSupported, document.Status);
        Assert.Contains("file not found", document.Detail);
    }

    [Fact]
    public void AZeroTimeoutIsRefusedWhenTheExtractorIsBuilt()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentExtractor(new ExtractionOptions { Timeout = TimeSpan.Zero }));
    }

    [Fact]
    public void PopplerIsReportedAvailable()
    {
        Assert.True(DocumentExtractor.PopplerAvailable(out var message), message);
    }

    [Fact]
    public async Task CancellationStopsAnExtractionAndLeavesNoProcess()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var looping = TestPaths.SharedData("pdf-robustness", "pdfpig", "GHOSTSCRIPT-691770-0.pdf");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Extractor.ExtractAsync(looping, cts.Token));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
    }

    private static IEnumerable<string> UnSymbolLines(string text) =>
        text.Split('\n').Where(l => l.Trim() == "E/CN.6/2024/NGO/108");

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

using MMM.Statements.Model;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>
/// The bundled scans have no text layer; their words come from text recognition at indexing. A search for a word
/// only a scan's image holds (not its title, not its sidecar, not any other statement) finds it, with a snippet on
/// its page, and the index remembers which pages were recognised.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class ScannedStatementSearchTests(SampleCorpusIndex corpus)
{
    [Theory]
    [InlineData("Cameroun", "2019-csocd57-oral-statement")]
    [InlineData("bascule", "2019-csocd57-oral-statement")]
    [InlineData("posparto", "2022-hrc49-oral-statement-es")]
    public void AWordOnlyTheScannedImageHoldsFindsTheScanWithASnippetOnItsPage(string word, string label)
    {
        var result = corpus.Index.Search(new SearchRequest { Query = word });

        var hit = Assert.Single(result.Hits);
        Assert.Equal(corpus.IdByLabel[label], hit.Id);
        var snippet = Assert.Single(hit.Snippets, s => s.Html.Contains("<mark>", StringComparison.Ordinal));
        Assert.Equal(1, snippet.Page);
    }

    [Theory]
    [InlineData("2019-csocd57-oral-statement")]
    [InlineData("2022-hrc49-oral-statement-es")]
    public void TheStoredFileSaysItsPageWasRecognisedAndItsMetadataStillComesFromTheSidecar(string label)
    {
        var details = corpus.Index.Get(corpus.IdByLabel[label]);

        Assert.NotNull(details);
        var file = Assert.Single(details.Files);
        Assert.Equal(ExtractionStatus.Extracted, file.Status);
        Assert.Equal([1], file.OcrPages);
        Assert.Contains("OCR", file.Detail, StringComparison.Ordinal);
        Assert.Equal("oral-statement", details.Summary.Type);
        Assert.NotEmpty(details.Pages);
    }

    [Fact]
    public void FilesReadFromTheirTextLayerHaveNoRecognisedPages()
    {
        var details = corpus.Index.Get(corpus.IdByLabel["2019-csw63-written-statement"]);

        Assert.NotNull(details);
        Assert.All(details.Files, f => Assert.Empty(f.OcrPages));
    }
}

using AngleSharp.Html.Parser;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

public sealed class HtmlBoilerplateTests(ITestOutputHelper output)
{
    private readonly HtmlExtractor _extractor = new(ExtractionOptions.Default);

    [Theory]
    [InlineData("wikipedia")]
    [InlineData("wikipedia-3")]
    [InlineData("wikipedia-4")]
    public async Task ReadabilityReferencePagesKeepNinetyPercentOfTheExpectedMainContent(string page)
    {
        var source = TestPaths.SharedData("html-boilerplate", "readability", page + ".source.html");
        var expectedHtml = await File.ReadAllTextAsync(TestPaths.SharedData("html-boilerplate", "readability", page + ".expected.html"));
        var expected = new HtmlParser().ParseDocument(expectedHtml).Body!.TextContent;

        var document = await _extractor.ExtractAsync(source, CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        var recall = TokenOverlap.Recall(document.Text, expected);
        var precision = TokenOverlap.Precision(document.Text, expected);
        output.WriteLine($"{page}: recall {recall:P1}, precision {precision:P1}");
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");
    }
}

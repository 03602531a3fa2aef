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

    [Theory]
    [InlineData("en.wikipedia.org.tsne.html", "It is a nonlinear dimensionality reduction technique", "Cookie statement|Privacy policy|Jump to navigation|Create account")]
    [InlineData("creativecommons.org.html", "Creative Commons helps you legally share your knowledge and creativity", "Subscribe to our newsletter|Privacy Policy|Contact|Donate")]
    [InlineData("wikimediafoundation.org.turkey.html", "access to Wikipedia in Turkey is actively being restored", "Cookie statement|Donate now|Photo credits|Get email updates")]
    public async Task TrafilaturaReferencePagesKeepTheArticleWithoutMenusOrFooters(string page, string articleSentence, string furniture)
    {
        var document = await _extractor.ExtractAsync(TestPaths.SharedData("html-boilerplate", "trafilatura", page), CancellationToken.None);

        Assert.Equal(ExtractionStatus.Extracted, document.Status);
        Assert.Equal("en", document.DeclaredLanguage);
        Assert.Contains(articleSentence, document.Text, StringComparison.Ordinal);
        Assert.All(furniture.Split('|'), f => Assert.DoesNotContain(f, document.Text, StringComparison.Ordinal));
    }
}

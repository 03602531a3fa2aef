using MMM.Statements.Search;
using MMM.Statements.Web.Compare;

namespace MMM.Statements.Web.Tests.Compare;

public sealed class StatementParagraphsTests
{
    private static StatementDetails Details(params string[] pages) => new()
    {
        Summary = new SearchHit { Id = "x", Title = "x", Language = "fr", Url = "/statements/x" },
        Pages = pages.Select((text, i) => (1, i + 1, text)).ToList(),
    };

    [Fact]
    public void APdfPageWithoutBlankLinesIsCutWhereASentenceEndsALine()
    {
        var text = StatementParagraphs.Of(Details("Make Mothers Matter welcomes the theme\nof this session.\nWords must now become action.\nCare systems include time,\nmoney and recognition.\n\nOur recommendations"));

        Assert.Equal(["Make Mothers Matter welcomes the theme\nof this session.", "Words must now become action.", "Care systems include time,\nmoney and recognition.", "Our recommendations"], text.Paragraphs);
        Assert.False(text.Capped);
    }

    [Fact]
    public void AHugeTextIsCutToABoundedAmountOfWorkAndSaysSo()
    {
        // A 400-page upload, each page one block of 6,000 characters without a line break.
        var page = string.Join(' ', Enumerable.Range(0, 1_000).Select(i => "mot" + i));
        var text = StatementParagraphs.Of(Details(Enumerable.Repeat(page, 400).ToArray()));

        Assert.True(text.Capped);
        Assert.InRange(text.Paragraphs.Count, 1, StatementParagraphs.MaxParagraphs);
        Assert.True(text.Paragraphs.Sum(p => p.Length) <= StatementParagraphs.MaxCharacters);
        Assert.All(text.Paragraphs, p => Assert.InRange(p.Length, 1, StatementParagraphs.MaxParagraphCharacters));
        // The whole bounded text still aligns against a reworded copy of itself.
        var reworded = text.Paragraphs.Select(p => p.Replace("mot1", "terme1", StringComparison.Ordinal)).ToList();
        var alignment = ParagraphAligner.Align(text.Paragraphs, reworded);
        Assert.Equal(text.Paragraphs.Count, alignment.Rows.Count(r => r.Left is not null));
    }
}

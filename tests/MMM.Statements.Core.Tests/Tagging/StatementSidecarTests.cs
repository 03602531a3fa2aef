using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class StatementSidecarTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory("mmm-sidecar");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("/s/csw68-statement.pdf", "/s/csw68-statement.pdf.meta.json")]
    [InlineData("/s/news.page.html", "/s/news.page.html.meta.json")]
    public void TheSidecarIsTheFileNamePlusMetaJson(string file, string expected)
    {
        Assert.Equal(expected, StatementSidecar.PathFor(file));
    }

    [Fact]
    public void ASidecarIsReadWithEveryField()
    {
        var pdf = Path.Combine(_dir, "csw68-statement.pdf");
        File.WriteAllText(Path.Combine(_dir, "csw68-statement.meta.json"), """
            {"title": "Déclaration écrite à la CSW68", "date": "2024-03-11", "language": "fr", "body": "CSW", "session": "CSW68",
             "type": "written-statement", "location": "new-york", "topics": ["unpaid-care"], "symbol": "E/CN.6/2024/NGO/108",
             "citedSymbols": ["A/RES/70/1"]}
            """);

        var sidecar = StatementSidecar.TryLoad(pdf, out var error);

        Assert.Null(error);
        Assert.NotNull(sidecar);
        Assert.Equal("Déclaration écrite à la CSW68", sidecar.Title);
        Assert.Equal(new DateOnly(2024, 3, 11), sidecar.Date);
        Assert.Equal("fr", sidecar.Language);
        Assert.Equal("CSW", sidecar.Body);
        Assert.Equal("CSW68", sidecar.Session);
        Assert.Equal("written-statement", sidecar.Type);
        Assert.Equal("new-york", sidecar.Location);
        Assert.Equal(["unpaid-care"], sidecar.Topics);
        Assert.Equal("E/CN.6/2024/NGO/108", sidecar.Symbol);
        Assert.Equal(["A/RES/70/1"], sidecar.CitedSymbols);
    }

    [Fact]
    public void ASidecarNamedAfterTheWholeFileNameIsReadToo()
    {
        var pdf = Path.Combine(_dir, "scan.pdf");
        File.WriteAllText(pdf + ".meta.json", """{"body": "CSocD", "session": "CSocD57"}""");

        var sidecar = StatementSidecar.TryLoad(pdf, out var error);

        Assert.Null(error);
        Assert.Equal("CSocD57", sidecar?.Session);
    }

    [Fact]
    public void NoSidecarIsNotAnError()
    {
        Assert.Null(StatementSidecar.TryLoad(Path.Combine(_dir, "alone.pdf"), out var error));
        Assert.Null(error);
    }

    [Fact]
    public void ABrokenSidecarIsReportedNotThrown()
    {
        File.WriteAllText(Path.Combine(_dir, "x.meta.json"), "{\"title\": ");

        Assert.Null(StatementSidecar.TryLoad(Path.Combine(_dir, "x.pdf"), out var error));
        Assert.NotNull(error);
        Assert.Contains("x.meta.json", error);
    }
}

using System.Text.Json;
using MMM.Statements.Cli;
using MMM.Statements.Tests;

namespace MMM.Statements.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static string Sample(params string[] parts) => Path.Combine([TestPaths.Statements, .. parts]);

    [Fact]
    public async Task JsonOfAUnWrittenStatementHasItsTextPagesAndTags()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"), "--json");

        Assert.Equal(CommandLine.Ok, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("extracted", root.GetProperty("status").GetString());
        Assert.Equal("pdf", root.GetProperty("format").GetString());
        Assert.Equal("fr", root.GetProperty("language").GetString());
        Assert.Equal("CSW", root.GetProperty("body").GetString());
        Assert.Equal("CSW68", root.GetProperty("session").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal("written-statement", root.GetProperty("type").GetString());
        Assert.Equal("new-york", root.GetProperty("location").GetString());
        Assert.StartsWith("E/CN.6/2024/NGO/", root.GetProperty("symbol").GetString());
        Assert.Contains("A/RES/70/1", root.GetProperty("citedSymbols").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("unpaid-care", root.GetProperty("topics").EnumerateArray().Select(e => e.GetString()));
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.True(pages.Count >= 1);
        Assert.Equal(1, pages[0].GetProperty("number").GetInt32());
        Assert.Contains("Commission de la condition de la femme", pages[0].GetProperty("text").GetString());
        Assert.Contains("Make Mothers Matter", root.GetProperty("text").GetString());
        Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("date").GetString()!);
    }

    [Fact]
    public async Task JsonKeepsAccentedLettersReadable()
    {
        var (_, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"), "--json");

        Assert.Contains("é", stdout);
        Assert.DoesNotContain("\\u00E9", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ANewsPageListsThePdfItLinksToAsASecondFile()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2021", "csocd59-written-statement-news.html"), "--json");

        Assert.Equal(CommandLine.Ok, code);
        using var json = JsonDocument.Parse(stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, files.Count);
        Assert.EndsWith("csocd59-written-statement-news.html", files[0]);
        Assert.EndsWith("csocd59-written-statement-fr.pdf", files[1]);
        Assert.Equal("html", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("CSocD59", json.RootElement.GetProperty("session").GetString());
    }

    [Fact]
    public async Task WithoutJsonItPrintsMetadataLinesThenTheText()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"));

        Assert.Equal(CommandLine.Ok, code);
        var lines = stdout.Split('\n');
        Assert.StartsWith("Statut / Status:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Session:", StringComparison.Ordinal) && l.TrimEnd().EndsWith("CSW68", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Organe / Body:", StringComparison.Ordinal) && l.TrimEnd().EndsWith("CSW", StringComparison.Ordinal));
        var firstPage = Array.FindIndex(lines, l => l.StartsWith("--- page 1 ---", StringComparison.Ordinal));
        Assert.True(firstPage > 5);
        Assert.Contains("Make Mothers Matter", string.Join('\n', lines[firstPage..]));
    }

    [Fact]
    public async Task AProtectedPdfExitsThreeWithTheReasonAndItsSidecarTags()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2025", "ecosoc-lettre-conjointe-systemes-de-soins.pdf"), "--json");

        Assert.Equal(CommandLine.Unreadable, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("passwordProtected", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("mot de passe", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("ECOSOC", json.RootElement.GetProperty("body").GetString());
        Assert.Equal("joint-statement", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AFileThatIsNeitherPdfNorHtmlExitsThree()
    {
        var dir = TestPaths.NewTempDirectory("mmm-extract");
        try
        {
            var file = Path.Combine(dir, "not-a.pdf");
            await File.WriteAllBytesAsync(file, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

            var (code, stdout, _) = await CommandLineTests.Run("extract", file, "--json");

            Assert.Equal(CommandLine.Unreadable, code);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("notSupported", json.RootElement.GetProperty("status").GetString());
            Assert.Empty(json.RootElement.GetProperty("pages").EnumerateArray());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingFileExitsThree()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.pdf"));

        Assert.Equal(CommandLine.Unreadable, code);
        Assert.Contains("introuvable", stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("a.pdf", "b.pdf")]
    [InlineData("a.pdf", "--pages")]
    public async Task BadUsageExitsTwo(params string[] rest)
    {
        var (code, _, stderr) = await CommandLineTests.Run(["extract", .. rest]);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("usage: mmm-statements extract", stderr);
    }
}

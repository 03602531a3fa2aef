using MMM.Statements.Cli;
using MMM.Statements.Tests;

namespace MMM.Statements.Cli.Tests;

public sealed class StemCommandTests
{
    [Theory]
    [InlineData("fr", "french")]
    [InlineData("en", "english")]
    [InlineData("es", "spanish")]
    public async Task StemmingTheVocabularyAgreesWithTheOfficialOutput(string lang, string folder)
    {
        var voc = await File.ReadAllTextAsync(TestPaths.SharedData("snowball", folder, "voc.txt"));
        var expected = await File.ReadAllTextAsync(TestPaths.SharedData("snowball", folder, "output.txt"));

        var (code, stdout, stderr) = await CommandLineTests.RunWithInput(voc, "stem", "--lang", lang);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("", stderr);
        var actual = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var wanted = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(wanted.Length, actual.Length);
        // Lucene's Snowball stemmers are older versions of the algorithms (French most of all: about 4% of words differ).
        var differences = wanted.Zip(actual).Where(p => p.First != p.Second).ToList();
        var allowed = lang == "fr" ? 0.05 : 0.005;
        Assert.True(differences.Count <= wanted.Length * allowed,
            $"{differences.Count} of {wanted.Length}: " + string.Join("; ", differences.Take(20).Select(d => $"expected {d.First}, actual {d.Second}")));
    }

    [Fact]
    public async Task StemsAreNotFolded()
    {
        var (code, stdout, _) = await CommandLineTests.RunWithInput("évènements\nmères\n", "stem", "--lang", "fr");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(["éven", "mer"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task MissingLanguageIsABadUsage()
    {
        var (code, _, stderr) = await CommandLineTests.RunWithInput("mères\n", "stem");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("--lang", stderr);
    }

    [Fact]
    public async Task UnknownLanguageIsABadUsage()
    {
        var (code, _, stderr) = await CommandLineTests.RunWithInput("Mütter\n", "stem", "--lang", "de");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("'de'", stderr);
    }
}

using MMM.Statements.Cli;

namespace MMM.Statements.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task TextArgumentGivesItsTermsOnOneLine()
    {
        var (code, stdout, stderr) = await CommandLineTests.Run("analyze", "Les mères ne sont pas rémunérées, l’égalité");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("", stderr);
        // "égalité" stems to "egal" but its accent-less spelling to "egalit": both forms are indexed at one position.
        Assert.Equal("mer remuner egalit|egal", stdout.TrimEnd());
    }

    [Fact]
    public async Task EachStdinLineGivesOneOutputLine()
    {
        var (code, stdout, _) = await CommandLineTests.RunWithInput("l’Assemblée générale\n\nsoins non rémunérés\n", "analyze");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(["assembl general", "", "soin non remuner"], stdout.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task LanguageOptionChoosesTheChain()
    {
        var (code, stdout, _) = await CommandLineTests.Run("analyze", "--lang", "en", "The mothers' unpaid care");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("mother unpaid care", stdout.TrimEnd());
    }

    [Fact]
    public async Task UnknownLanguageIsABadUsage()
    {
        var (code, _, stderr) = await CommandLineTests.Run("analyze", "--lang", "xx", "texte");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("'xx'", stderr);
    }
}

using MMM.Statements.Cli;

namespace MMM.Statements.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task UnknownVerbExitsWithUsageAndListsTheVerbs()
    {
        var (code, _, stderr) = await Run("frobnicate");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("unknown verb 'frobnicate'", stderr);
        foreach (var verb in new[] { "index", "search", "extract", "analyze", "stem", "stats", "verify" })
        {
            Assert.Contains($"  {verb}", stderr);
        }
    }

    [Fact]
    public async Task UnknownOptionIsABadUsage()
    {
        var (code, _, stderr) = await Run("verify", "--no-such-option");

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("unknown option --no-such-option", stderr);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        await RunWithInput("", args);

    internal static async Task<(int Code, string Stdout, string Stderr)> RunWithInput(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}

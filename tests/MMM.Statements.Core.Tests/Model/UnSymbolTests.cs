using MMM.Statements.Model;

namespace MMM.Statements.Core.Tests.Model;

public sealed class UnSymbolTests
{
    [Theory]
    [InlineData("E/CN.6/2024/NGO/108", "E/CN.6/2024/NGO/108")]
    [InlineData("e/cn.6/2024/ngo/108", "E/CN.6/2024/NGO/108")]
    [InlineData("E /CN.6/ 2024 /NGO/108", "E/CN.6/2024/NGO/108")]
    [InlineData("A/HRC/55/NGO/12", "A/HRC/55/NGO/12")]
    [InlineData("E/2017/NGO/14", "E/2017/NGO/14")]
    [InlineData("E/CN.5/2023/NGO/7/Rev.1", "E/CN.5/2023/NGO/7/Rev.1")]
    [InlineData("E/CN.5/2023/NGO/7/REV.1", "E/CN.5/2023/NGO/7/Rev.1")]
    public void ParsesAWholeSymbolTolerantly(string text, string expected)
    {
        Assert.True(UnSymbol.TryParse(text, out var symbol));
        Assert.Equal(expected, symbol);
    }

    [Theory]
    [InlineData("et/ou")]
    [InlineData("soins non rémunérés")]
    [InlineData("A/B")]
    [InlineData("E/CN.6/NGO")]
    [InlineData("")]
    public void RejectsTextThatIsNotASymbol(string text)
    {
        Assert.False(UnSymbol.TryParse(text, out _));
    }

    [Fact]
    public void FindsSymbolsBrokenAcrossALineAndKeepsTheirOrder()
    {
        var text = "Rappelant la résolution A/RES/70/1 et le rapport E/CN.6/2024/\n3, la déclaration E/CN.6/2024/NGO/108.";

        Assert.Equal(["A/RES/70/1", "E/CN.6/2024/3", "E/CN.6/2024/NGO/108"], UnSymbol.FindAll(text));
    }

    [Fact]
    public void BaseSymbolDropsRevisionSuffix()
    {
        Assert.Equal("E/CN.5/2023/NGO/7", UnSymbol.BaseSymbol("E/CN.5/2023/NGO/7/Rev.1"));
    }
}

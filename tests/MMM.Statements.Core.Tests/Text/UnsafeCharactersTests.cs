using MMM.Statements.Text;

namespace MMM.Statements.Core.Tests.Text;

public sealed class UnsafeCharactersTests
{
    [Theory]
    [InlineData("Titre\u0001 avec\u001B[31m contrôle", "Titre avec[31m contrôle")]
    [InlineData("soi\u202Ens non rémunérés", "soins non rémunérés")]
    [InlineData("\u2066مرحبا\u2069 et \u200Fdroits", "مرحبا et droits")]
    [InlineData("ligne\tune\r\nligne deux", "ligne une  ligne deux")]
    [InlineData("fin\u0085\u009F\u007F.", "fin.")]
    public void ALineLosesControlsAndBidiWithoutSplittingWords(string raw, string expected)
    {
        Assert.Equal(expected, UnsafeCharacters.CleanLine(raw));
    }

    [Fact]
    public void TextKeepsItsLineBreaksAndTabs()
    {
        Assert.Equal("a\tb\nc\r\nd\ne", UnsafeCharacters.CleanText("a\tb\nc\r\nd\fe\u0000"));
    }

    [Fact]
    public void ALoneSurrogateBecomesAReplacementCharacterAndAPairStays()
    {
        Assert.Equal("x\uFFFDy 😀", UnsafeCharacters.CleanLine("x\uD800y 😀"));
    }

    [Fact]
    public void XmlKeepsEverythingXmlAllowsAndNothingElse()
    {
        var text = "Déclaration\u0001 \u001B \uFFFE\uD800 — \u202Emarque 😀\t\n";

        var cleaned = UnsafeCharacters.ForXml(text);

        Assert.Equal("Déclaration   — \u202Emarque 😀\t\n", cleaned);
        Assert.All(cleaned, c => Assert.True(System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)));
    }

    [Fact]
    public void CleanTextLeavesOrdinaryTextAsTheSameInstance()
    {
        var text = "Les mères — « soins » non rémunérés.\n";

        Assert.Same(text, UnsafeCharacters.CleanText(text));
    }
}

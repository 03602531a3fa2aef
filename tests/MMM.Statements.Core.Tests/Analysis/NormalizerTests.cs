using MMM.Statements.Analysis;

namespace MMM.Statements.Core.Tests.Analysis;

public sealed class NormalizerTests
{
    [Fact]
    public void LigatureFiBecomesTwoLettersThatPointAtTheLigature()
    {
        var n = Normalizer.Normalize("le ﬁnancement");

        Assert.Equal("le financement", n.Text);
        Assert.Equal(3, n.OriginalStart(3));
        Assert.Equal(3, n.OriginalStart(4));
        Assert.Equal(4, n.OriginalEnd(4));
        Assert.Equal(4, n.OriginalStart(5));
    }

    [Theory]
    [InlineData("droits\u00A0des femmes")]
    [InlineData("droits\u202Fdes femmes")]
    [InlineData("droits\u2009des femmes")]
    [InlineData("droits\tdes\nfemmes")]
    public void EverySpaceBecomesAPlainSpace(string text)
    {
        Assert.Equal("droits des femmes", Normalizer.Normalize(text).Text);
    }

    [Fact]
    public void SoftHyphenInsideAWordIsRemoved()
    {
        var n = Normalizer.Normalize("soi\u00ADgnantes");

        Assert.Equal("soignantes", n.Text);
        Assert.Equal(4, n.OriginalStart(3));
        Assert.Equal(10, n.OriginalEnd(8));
    }

    [Theory]
    [InlineData("mè\u200Bres")]
    [InlineData("mè\u200Dres")]
    [InlineData("mè\uFEFFres")]
    [InlineData("\u202Bmères\u202C")]
    [InlineData("\u200Fmères")]
    [InlineData("\u2067mères\u2069")]
    [InlineData("mè\u0001res")]
    [InlineData("mè\u007Fres")]
    [InlineData("mè\u009Fres")]
    public void ZeroWidthBidiAndControlCharactersAreRemoved(string text)
    {
        Assert.Equal("mères", Normalizer.Normalize(text).Text);
    }

    [Fact]
    public void CombiningAccentIsComposedAndKeepsItsOriginalSpan()
    {
        // "me" + U+0300 + "res": five letters from six code units.
        var n = Normalizer.Normalize("me\u0300res");

        Assert.Equal("mères", n.Text);
        Assert.Equal(1, n.OriginalStart(1));
        Assert.Equal(3, n.OriginalEnd(1));
        Assert.Equal(3, n.OriginalStart(2));
    }

    [Theory]
    [InlineData("l’enfance")]
    [InlineData("l´enfance")]
    [InlineData("lʼenfance")]
    [InlineData("l'enfance")]
    public void ApostropheLookAlikesBecomeAStraightApostrophe(string text)
    {
        Assert.Equal("l'enfance", Normalizer.Normalize(text).Text);
    }

    [Fact]
    public void FullWidthFormsBecomeAscii()
    {
        Assert.Equal("CSW68", Normalizer.Normalize("ＣＳＷ６８").Text);
    }
}

using MMM.Statements.Extraction;

namespace MMM.Statements.Tests.Extraction;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("le dévelop-\npement durable", "le développement durable")]
    [InlineData("le dévelop- \n  pement durable", "le développement durable")]
    [InlineData("l’Amérique du Nord-\nSud", "l’Amérique du Nord-\nSud")]
    [InlineData("les 20-\n30 ans", "les 20-\n30 ans")]
    [InlineData("can\u00ADdi\u00ADda\u00ADture", "candidature")]
    [InlineData("écono\u00AD\nmique", "économique")]
    public void HyphensAtLineEndsAndSoftHyphensAreJoined(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void LigaturesAndNoBreakSpacesBecomePlainLettersAndSpaces()
    {
        Assert.Equal("l’efficacité « travail » article 5 : fleur", TextNormalizer.Normalize("l’efﬁcacité «\u00A0travail\u202F» article\u00A05\u00A0: ﬂeur"));
    }

    [Fact]
    public void AcuteAccentUsedAsApostropheBecomesAnApostrophe()
    {
        Assert.Equal("l’Affaire", TextNormalizer.Normalize("l´Affaire"));
    }
}

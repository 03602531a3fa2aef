using MMM.Statements.Tagging;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class DateFinderTests
{
    [Theory]
    [InlineData("19.02.21\nUN New York, CSocD59 – …", "2021-02-19")]
    [InlineData("Publié le 19/02/2021", "2021-02-19")]
    [InlineData("Genève, 1er mars 2024 – déclaration", "2024-03-01")]
    [InlineData("Distr. générale\n24 novembre 2023\nOriginal : français", "2023-11-24")]
    [InlineData("Distr.: General\n24 November 2023", "2023-11-24")]
    [InlineData("New York, February 19, 2021", "2021-02-19")]
    [InlineData("Ginebra, 19 de febrero de 2021", "2021-02-19")]
    [InlineData("Le 11 aout 2022, sans accent", "2022-08-11")]
    [InlineData("2024-03-11", "2024-03-11")]
    public void FindsTheFirstDateInEveryWrittenForm(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateFinder.Find(text));
    }

    [Theory]
    [InlineData("Résolution 1996/31 du Conseil")]
    [InlineData("31.02.21 n'existe pas")]
    [InlineData("Point 5 de l'ordre du jour")]
    public void TextWithoutAValidDateGivesNull(string text)
    {
        Assert.Null(DateFinder.Find(text));
    }

    [Fact]
    public void TheEarliestDateWinsWhateverItsForm()
    {
        Assert.Equal(new DateOnly(2023, 11, 24), DateFinder.Find("24 novembre 2023, puis le 11.03.24"));
    }
}

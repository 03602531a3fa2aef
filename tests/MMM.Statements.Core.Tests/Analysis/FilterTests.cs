using System.Reflection;
using MMM.Statements.Analysis;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Analysis;

public sealed class ElisionFilterTests
{
    [Fact]
    public void TheThirteenArticlesAreTheSharedList()
    {
        var shared = File.ReadAllLines(TestPaths.SharedData("stopwords", "elision_articles.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.Equal(13, shared.Count);
        Assert.Equal(shared.Order(), ElisionFilter.Articles.Order());
    }

    [Theory]
    [InlineData("l'enfance", "enfance")]
    [InlineData("L'Assemblée", "Assemblée")]
    [InlineData("qu'elle", "elle")]
    [InlineData("jusqu'au", "au")]
    [InlineData("lorsqu'il", "il")]
    [InlineData("puisqu'on", "on")]
    [InlineData("quoiqu'il", "il")]
    [InlineData("d'accès", "accès")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    [InlineData("enfance", "enfance")]
    public void ElidedArticleIsStripped(string word, string expected)
    {
        Assert.Equal(expected, ElisionFilter.Strip(word).ToString());
    }

    [Theory]
    [InlineData("l’enfance")]
    [InlineData("l'enfance")]
    [InlineData("l´enfance")]
    [InlineData("enfance")]
    public void ElisionSplitsEveryApostropheKind(string text)
    {
        Assert.Equal(["enfanc"], TextAnalyzer.For("fr").Analyze(text).Select(t => t.Term));
    }
}

public sealed class StopWordFilterTests
{
    [Fact]
    public void FrenchListIsTheSnowballListFromTheSharedData()
    {
        var filter = StopWordFilter.For("fr");
        var words = File.ReadAllLines(TestPaths.SharedData("stopwords", "snowball_french_stop.txt"))
            .Select(l => l.Split('|')[0].Trim()).Where(l => l.Length > 0).ToList();

        Assert.True(words.Count > 150);
        Assert.All(words, w => Assert.True(filter.IsStopWord(w), w));
    }

    [Theory]
    [InlineData("fr", "même", true)]
    [InlineData("fr", "meme", true)]
    [InlineData("fr", "mères", false)]
    [InlineData("en", "the", true)]
    [InlineData("en", "isn't", true)]
    [InlineData("en", "mothers", false)]
    [InlineData("es", "las", true)]
    [InlineData("es", "está", true)]
    [InlineData("es", "esta", true)]
    [InlineData("es", "madres", false)]
    public void StopWordsOfEachLanguage(string language, string word, bool stop)
    {
        Assert.Equal(stop, StopWordFilter.For(language).IsStopWord(word));
    }

    [Fact]
    public void TheListsShipWithTheirBsdNotice()
    {
        using var stream = typeof(TextAnalyzer).Assembly.GetManifestResourceStream("MMM.Statements.Analysis.StopWords.LICENSE-Snowball.txt");
        Assert.NotNull(stream);
        var notice = new StreamReader(stream).ReadToEnd();
        Assert.Contains("Redistribution and use in source and binary forms", notice);
        Assert.Contains("Martin Porter", notice);
    }
}

public sealed class AccentFolderTests
{
    [Theory]
    [InlineData("événement", "evenement")]
    [InlineData("évènement", "evenement")]
    [InlineData("œuvr", "oeuvr")]
    [InlineData("cæcum", "caecum")]
    [InlineData("straße", "strasse")]
    [InlineData("niño", "nino")]
    [InlineData("çà", "ca")]
    [InlineData("remuner", "remuner")]
    public void AccentsAndLigaturesFoldToPlainLetters(string text, string expected)
    {
        Assert.Equal(expected, AccentFolder.Fold(text));
    }
}

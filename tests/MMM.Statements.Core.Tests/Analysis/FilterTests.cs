using MMM.Statements.Analysis;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Analysis;

/// <summary>Each step of the Lucene chain, token by token, through the words analyzer (no stemmer) or the full one.</summary>
public sealed class FilterTests
{
    private static List<string> Words(string text, string language = "fr") =>
        TextAnalyzer.For(language).AnalyzeWords(text).Select(t => t.Term).ToList();

    [Fact]
    public void HyphenatedWordsAreSplit()
    {
        Assert.Equal(["peut", "etre", "dit"], Words("peut-être, dit-il"));
    }

    [Fact]
    public void NumbersAndCodesAreKeptWhole()
    {
        Assert.Equal(["csw68", "2024", "3,5", "1er"], TextAnalyzer.For("fr").Analyze("CSW68 (2024) : 3,5 % — 1er").Select(t => t.Term));
    }

    [Fact]
    public void UnSymbolYieldsItsPartsAsWords()
    {
        Assert.Equal(["e", "cn", "6", "2024", "ngo", "108"], Words("E/CN.6/2024/NGO/108"));
    }

    [Fact]
    public void WordsLongerThan64CharactersAreDropped()
    {
        var kept = new string('a', 64);
        var dropped = new string('b', 65);

        Assert.Equal([kept, "fin"], Words($"{kept} {dropped} fin"));
    }

    [Theory]
    [InlineData("l'enfance", "enfance")]
    [InlineData("L'Assemblée", "assemblee")]
    [InlineData("qu'elle", "elle")]
    [InlineData("jusqu'aux", "aux")]
    [InlineData("lorsqu'ils", "ils")]
    [InlineData("puisqu'enfin", "enfin")]
    [InlineData("d'accès", "acces")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    public void ElidedArticleIsStripped(string word, string expected)
    {
        Assert.Equal([expected], TextAnalyzer.For("fr").AnalyzePrefix(word) is { } term ? [term] : Array.Empty<string>());
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

    [Fact]
    public void FrenchStopWordsAreTheSnowballListFromTheSharedData()
    {
        var words = File.ReadAllLines(TestPaths.SharedData("stopwords", "snowball_french_stop.txt"))
            .Select(l => l.Split('|')[0].Trim()).Where(l => l.Length > 0).ToList();

        Assert.True(words.Count > 150);
        Assert.All(words, w => Assert.Empty(TextAnalyzer.For("fr").Analyze(w)));
    }

    [Theory]
    [InlineData("fr", "même", true)]
    [InlineData("fr", "meme", true)]
    [InlineData("fr", "mères", false)]
    [InlineData("en", "the", true)]
    [InlineData("en", "mothers", false)]
    [InlineData("es", "las", true)]
    [InlineData("es", "está", true)]
    [InlineData("es", "esta", true)]
    [InlineData("es", "madres", false)]
    public void StopWordsOfEachLanguage(string language, string word, bool stop)
    {
        Assert.Equal(stop, TextAnalyzer.For(language).Analyze(word).Count == 0);
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

    [Theory]
    [InlineData("événement", "evenement")]
    [InlineData("évènement", "evenement")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("straße", "strasse")]
    [InlineData("niño", "nino")]
    public void AccentsAndLigaturesFoldToPlainLetters(string text, string expected)
    {
        Assert.Equal([expected], Words(text, "es"));
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalTextAfterRemovedCharacters()
    {
        const string text = "ré\u00ADmunération des\u200B mères";
        var tokens = TextAnalyzer.For("fr").Analyze(text);

        Assert.Equal(["remuner", "mer"], tokens.Select(t => t.Term).Distinct());
        Assert.Equal("ré\u00ADmunération", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("mères", text[tokens[^1].Start..tokens[^1].End]);
    }
}

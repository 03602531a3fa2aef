using MMM.Statements.Analysis;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Analysis;

public sealed class TextAnalyzerTests
{
    private static readonly TextAnalyzer French = TextAnalyzer.For("fr");

    /// <summary>Terms, with alternatives at one position joined by '|'.</summary>
    private static List<string> Terms(TextAnalyzer analyzer, string text) =>
        analyzer.Analyze(text).GroupBy(t => t.Position).Select(g => string.Join('|', g.Select(t => t.Term))).ToList();

    public static TheoryData<string[]> Spellings() => new()
    {
        new[] { "événement", "évènement", "evenement", "Événements" },
        new[] { "mères", "meres", "MÈRES", "mère" },
        new[] { "rémunérés", "remuneres", "RÉMUNÉRÉS", "rémunéré" },
        new[] { "égalité", "egalite" },
        new[] { "œuvre", "oeuvre" },
        new[] { "l’enfance", "l'enfance", "enfance" },
        new[] { "numérique", "numerique" },
        new[] { "soins", "soin" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void SpellingsOfOneWordMeetOnACommonTerm(string[] spellings)
    {
        var termSets = spellings.Select(s =>
        {
            var tokens = French.Analyze(s);
            Assert.All(tokens, t => Assert.Equal(0, t.Position));
            return tokens.Select(t => t.Term).ToHashSet();
        }).ToList();

        var common = termSets.Aggregate((a, b) => a.Intersect(b).ToHashSet());
        Assert.True(common.Count > 0, string.Join(" / ", spellings.Zip(termSets, (s, t) => $"{s}: {string.Join(',', t)}")));
    }

    [Fact]
    public void AccentLessQueryFindsTheAccentedWordsLuceneMisses()
    {
        // An advocate typing "meres remunerees" must find "mères … rémunérées".
        var text = French.Analyze("les mères ne sont pas rémunérées").Select(t => t.Term).ToHashSet();
        var query = French.Analyze("meres remunerees").Select(t => t.Term).ToList();

        Assert.Equal(2, query.Count);
        Assert.All(query, term => Assert.Contains(term, text));
    }

    [Theory]
    [InlineData("remunerees", "rémunérés")]
    [InlineData("remunerees", "rémunéré")]
    [InlineData("developpees", "développés")]
    [InlineData("mere", "mères")]
    public void AnAccentLessInflectionMeetsTheOtherInflectionsOfTheWord(string typed, string written)
    {
        var query = French.Analyze(typed).Select(t => t.Term).ToHashSet();
        var text = French.Analyze(written).Select(t => t.Term).ToHashSet();

        Assert.True(query.Overlaps(text), $"{typed}: {string.Join(',', query)} / {written}: {string.Join(',', text)}");
    }

    [Fact]
    public void AssembleeGeneraleFromTheUnRegisterGivesItsExactTokens()
    {
        var line = File.ReadLines(TestPaths.SharedData("text", "unpc-devset", "UNv1.0.devset.fr.txt"))
            .First(l => l.Contains("y compris tant l'Assemblée générale que le Conseil de sécurité", StringComparison.Ordinal));
        var start = line.IndexOf("y compris", StringComparison.Ordinal);
        var fragment = line.Substring(start, "y compris tant l'Assemblée générale que le Conseil de sécurité".Length);

        var tokens = French.Analyze(fragment);

        // y, que, le, de are stop words; "l'" is elided; accented words add the stem of their accent-less spelling.
        Assert.Equal(
            [
                ("compr", 1), ("tant", 2), ("assembl", 3), ("general", 4),
                ("conseil", 7), ("securit", 9), ("secur", 9),
            ],
            tokens.Select(t => (t.Term, t.Position)));
        Assert.Equal("l'Assemblée", fragment[tokens[2].Start..tokens[2].End]);
        Assert.Equal("sécurité", fragment[tokens[^1].Start..tokens[^1].End]);
    }

    [Fact]
    public void NovelSentenceFromRoman19GivesItsExactTokens()
    {
        var line = File.ReadLines(TestPaths.SharedData("text", "roman19", "Zola_JoieVivre-rd0098.txt"))
            .First(l => l.StartsWith("-- C'est inconcevable", StringComparison.Ordinal));
        var sentence = line[..(line.IndexOf("cuisine.", StringComparison.Ordinal) + "cuisine.".Length)];

        // C'est → est (not in the Snowball list); dit-il splits, il/en/la/de are stop words.
        Assert.Equal(
            ["est", "inconcev", "veron", "dit", "pouss", "port", "cuisin"],
            Terms(French, sentence));
    }

    [Fact]
    public void OffsetsPointAtTheOriginalWordsThroughNormalisation()
    {
        const string text = "Le\u00A0ﬁnancement des soi\u00ADgnantes, E\u0301TAT";

        var tokens = French.Analyze(text);

        Assert.Equal(["financ", "soign", "etat"], tokens.Select(t => t.Term));
        Assert.Equal(["ﬁnancement", "soi\u00ADgnantes", "E\u0301TAT"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void HyphenatedWordsGiveBothParts()
    {
        Assert.Equal(["peut", "etre"], Terms(French, "peut-être"));
    }

    [Fact]
    public void AlternativesShareAPositionAndDuplicatesAreRemoved()
    {
        var egalite = French.Analyze("égalité");
        var meres = French.Analyze("mères");

        Assert.Equal([("egalit", 0), ("egal", 0)], egalite.Select(t => (t.Term, t.Position)));
        Assert.Equal([("mer", 0)], meres.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void StopWordsAreRemovedAndKeepTheirPlace()
    {
        var tokens = French.Analyze("les droits de la femme");

        Assert.Equal([("droit", 1), ("femm", 4)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void NumbersAreKeptAsTheyAre()
    {
        Assert.Equal(["csw68", "2024", "1er"], Terms(French, "CSW68 en 2024, 1er"));
    }

    [Fact]
    public void UnSymbolPartsAreOrdinaryTokensAndTheWholeSymbolIsFoundSeparately()
    {
        const string text = "Déclaration E /CN.6/ 2024/NGO/108 et\u00A0A/HRC/55/NGO/12.";

        // "a" folds to the stop word "à"; "e" is an ordinary token.
        Assert.Equal(["declar", "e", "cn", "6", "2024", "ngo", "108", "hrc", "55", "ngo", "12"], Terms(French, text));
        Assert.Equal(["E/CN.6/2024/NGO/108", "A/HRC/55/NGO/12"], TextAnalyzer.FindSymbols(text));
    }

    [Theory]
    [InlineData("numéri*", "numeri")]
    [InlineData("numeri*", "numeri")]
    [InlineData("NUMÉRI", "numeri")]
    [InlineData("rémun*", "remun")]
    [InlineData("l’enf*", "enf")]
    [InlineData("œuv*", "oeuv")]
    [InlineData("soi\u00ADgn*", "soign")]
    public void PrefixIsNormalisedAndFoldedButNotStemmed(string prefix, string expected)
    {
        Assert.Equal(expected, French.AnalyzePrefix(prefix));
    }

    [Fact]
    public void WordsForPrefixQueriesAreFoldedButNotStemmed()
    {
        var words = French.AnalyzeWords("L’économie numérique et les soins");
        var prefix = French.AnalyzePrefix("numéri*");

        Assert.Equal([("economie", 0), ("numerique", 1), ("soins", 4)], words.Select(t => (t.Term, t.Position)));
        Assert.StartsWith(prefix!, words[1].Term, StringComparison.Ordinal);
        Assert.DoesNotContain(French.Analyze("numérique"), t => t.Term.StartsWith(prefix!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData(" -- ")]
    public void PrefixWithoutLettersIsNull(string prefix)
    {
        Assert.Null(French.AnalyzePrefix(prefix));
    }

    [Fact]
    public void EnglishAndSpanishUseTheirOwnStemmersAndStopWords()
    {
        Assert.Equal(["mother", "unpaid", "care", "work", "recognis"],
            Terms(TextAnalyzer.For("en"), "The mothers’ unpaid care work isn't recognised"));
        Assert.Equal(["madr", "trabaj", "remuner"],
            Terms(TextAnalyzer.For("es"), "las madres trabajadoras no son remuneradas"));
    }

    [Theory]
    [InlineData(null, "fr")]
    [InlineData("de", "fr")]
    [InlineData("en", "en")]
    [InlineData("es", "es")]
    public void UnknownLanguageGetsFrench(string? language, string expected)
    {
        Assert.Equal(expected, TextAnalyzer.For(language).Language);
    }

    [Fact]
    public void VersionIsSet()
    {
        Assert.True(TextAnalyzer.Version >= 1);
        Assert.Equal(["fr", "en", "es"], TextAnalyzer.Languages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0301\u0301 début")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    [InlineData("´´´ l´ ’’ '")]
    [InlineData("ﬃ ﬄ ½ ㎏ Ⅻ")]
    [InlineData("\u0000\u0001\u200B\u00AD\uFEFF")]
    [InlineData("e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A\u030B\u030C\u030D\u030E\u030F\u0310\u0311\u0312\u0313\u0314\u0315\u0316\u0317\u0318\u0319\u031A\u031B\u031C\u031D\u031E\u031F\u0320\u0321\u0322\u0323\u0324\u0325\u0326")]
    public void OddInputGivesTokensWhoseOffsetsStayInsideTheText(string text)
    {
        foreach (var language in TextAnalyzer.Languages)
        {
            foreach (var token in TextAnalyzer.For(language).Analyze(text))
            {
                Assert.InRange(token.Start, 0, text.Length - 1);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                Assert.NotEmpty(token.Term);
            }
        }
    }

    [Fact]
    public void ConcurrentAnalysesGiveTheSameTokens()
    {
        var lines = File.ReadLines(TestPaths.SharedData("text", "unpc-devset", "UNv1.0.devset.fr.txt")).Take(400).ToArray();
        var expected = lines.Select(l => French.Analyze(l)).ToArray();
        var actual = new IReadOnlyList<AnalyzedToken>[lines.Length];

        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => actual[i] = French.Analyze(lines[i]));

        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}

using MMM.Statements.Tagging;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class LexiconTests
{
    private static IReadOnlyList<string> Words(string query) => query.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void AFrenchQueryGetsTheEnglishAndSpanishWordsOfItsField()
    {
        var translated = Lexicon.Default.Translate("fr", Words("soins non rémunérés des mères"));

        Assert.Contains("unpaid care", translated["en"]);
        Assert.Contains("mothers", translated["en"]);
        Assert.Contains("cuidados no remunerados", translated["es"]);
        Assert.Contains("madres", translated["es"]);
        Assert.False(translated.ContainsKey("fr"));
    }

    [Fact]
    public void AnEnglishQueryForAFrenchPageGetsItsBodyAndWords()
    {
        var french = Lexicon.Default.Translate("en", Words("mothers' rights are human rights MMM at the 38th Human Rights Council"))["fr"];

        Assert.Contains("droits des mères", french);
        Assert.Contains("Conseil des droits de l'homme", french);
        Assert.Contains("CDH", french);
        Assert.Contains("session", Lexicon.Default.Translate("en", Words("38th session"))["fr"]);
    }

    [Fact]
    public void TheLongestKnownPhraseWinsOverTheWordsInsideIt()
    {
        var matches = Lexicon.Default.Match("fr", Words("les droits de l'homme et la santé mentale maternelle"));

        var rights = Assert.Single(matches, m => m.Entries.Any(e => e.Id == "human-rights"));
        Assert.Equal((1, 3), (rights.Start, rights.Length));
        Assert.Contains(matches, m => m.Entries.Any(e => e.Id == "maternal-mental-health"));
        Assert.DoesNotContain(matches, m => m.Entries.Any(e => e.Id == "mental-health"));
    }

    [Theory]
    [InlineData("Mères")]
    [InlineData("meres")]
    [InlineData("mère")]
    [InlineData("MÈRE")]
    public void CaseAccentsAndPluralsDoNotMatter(string word)
    {
        Assert.Contains("mother", Lexicon.Default.Translate("fr", [word])["en"]);
    }

    [Fact]
    public void WordsItDoesNotKnowTranslateToNothing()
    {
        var translated = Lexicon.Default.Translate("fr", Words("xylographie zinzoline"));

        Assert.Empty(translated["en"]);
        Assert.Empty(translated["es"]);
    }

    [Fact]
    public void EveryBodyAndTopicOfTheTaxonomyCanBeSaidInTheThreeLanguages()
    {
        var ids = Lexicon.Default.Entries.Select(e => e.Id).ToHashSet();

        Assert.All(Taxonomy.Default.Bodies.Where(b => b.Id != "other"), b => Assert.Contains("body:" + b.Id, ids));
        Assert.All(Taxonomy.Default.Topics, t => Assert.Contains("topic:" + t.Id, ids));
        Assert.All(Lexicon.Default.Entries, e => Assert.All(Lexicon.TextAnalyzerLanguages, l => Assert.NotEmpty(e.Phrases.For(l))));
    }

    [Theory]
    [InlineData("Conférence internationale du Travail", "en", "International Labour Conference")]
    [InlineData("World Health Assembly", "es", "Asamblea Mundial de la Salud")]
    [InlineData("Commission de la condition de la femme", "en", "Commission on the Status of Women")]
    [InlineData("Comisión de Desarrollo Social", "fr", "Commission du développement social")]
    public void BodyNamesTranslateAcrossTheThreeLanguages(string name, string target, string expected)
    {
        var source = name.Contains("Comisión", StringComparison.Ordinal) ? "es" : name.StartsWith("World", StringComparison.Ordinal) ? "en" : "fr";

        Assert.Contains(expected, Lexicon.Default.Translate(source, Words(name))[target]);
    }

    [Fact]
    public void ALanguageItDoesNotSpeakIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Lexicon.Default.Translate("de", ["Mütter"]));
    }

    [Fact]
    public void AnEntryMissingALanguageIsRefusedWithItsId()
    {
        var e = Assert.Throws<FormatException>(() => Lexicon.Parse("""{"entries":[{"id":"care","fr":["soins"],"en":["care"]}]}"""));

        Assert.Contains("'care'", e.Message, StringComparison.Ordinal);
        Assert.Contains("es", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFileInTheRepositoryIsTheEmbeddedOne()
    {
        var file = Lexicon.Load(Path.Combine(MMM.Statements.Tests.TestPaths.Statements, "lexicon.json"));

        Assert.Equal(Lexicon.Default.Entries.Select(e => e.Id), file.Entries.Select(e => e.Id));
    }
}

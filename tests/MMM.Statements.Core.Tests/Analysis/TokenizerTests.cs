using MMM.Statements.Analysis;

namespace MMM.Statements.Core.Tests.Analysis;

public sealed class TokenizerTests
{
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var cursor = 0;
        while (Tokenizer.Next(text, ref cursor) is { } token)
        {
            words.Add(text.Substring(token.Start, token.Length));
        }
        return words;
    }

    [Fact]
    public void HyphenatedWordsAreSplit()
    {
        Assert.Equal(["peut", "être", "dit", "il"], Words("peut-être, dit-il"));
    }

    [Fact]
    public void ApostropheBetweenLettersStaysInTheWord()
    {
        Assert.Equal(["l'Assemblée", "aujourd'hui", "citation"], Words("l'Assemblée aujourd'hui 'citation'"));
    }

    [Fact]
    public void NumbersAndCodesAreKept()
    {
        Assert.Equal(["CSW68", "2024", "3", "5", "1er"], Words("CSW68 (2024) : 3,5 % — 1er"));
    }

    [Fact]
    public void UnSymbolYieldsItsPartsAsWords()
    {
        Assert.Equal(["E", "CN", "6", "2024", "NGO", "108"], Words("E/CN.6/2024/NGO/108"));
    }

    [Fact]
    public void WordsLongerThan64CharactersAreDropped()
    {
        var kept = new string('a', 64);
        var dropped = new string('b', 65);

        Assert.Equal([kept, "fin"], Words($"{kept} {dropped} fin"));
    }

    [Fact]
    public void LettersOfOtherScriptsAreWords()
    {
        Assert.Equal(["Ελλάδα", "مرحبا", "𝐀𝐁"], Words("Ελλάδα, مرحبا; 𝐀𝐁"));
    }
}

using System.Text;
using MMM.Statements.Analysis.Stemming;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Analysis;

/// <summary>Each stemmer against Snowball's official vocabulary, word for word.</summary>
public sealed class SnowballVocabularyTests
{
    [Theory]
    [InlineData("french")]
    [InlineData("english")]
    [InlineData("spanish")]
    public void StemmerMatchesTheOfficialVocabularyWordForWord(string language)
    {
        var stemmer = language switch
        {
            "english" => Stemmers.English,
            "spanish" => Stemmers.Spanish,
            _ => Stemmers.French,
        };
        var words = File.ReadAllLines(TestPaths.SharedData("snowball", language, "voc.txt"));
        var expected = File.ReadAllLines(TestPaths.SharedData("snowball", language, "output.txt"));
        Assert.Equal(words.Length, expected.Length);
        Assert.True(words.Length > 20000, $"{language}: vocabulary too small ({words.Length} words)");

        var mismatches = 0;
        var report = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = stemmer.Stem(words[i]);
            if (actual != expected[i])
            {
                if (++mismatches <= 20)
                {
                    report.AppendLine($"  {words[i]}: expected {expected[i]}, actual {actual}");
                }
            }
        }
        Assert.True(mismatches == 0, $"{language}: {mismatches} of {words.Length} words differ; first 20:\n{report}");
    }
}

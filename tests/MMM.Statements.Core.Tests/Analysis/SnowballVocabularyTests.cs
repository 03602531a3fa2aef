using System.Text;
using MMM.Statements.Analysis;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Analysis;

/// <summary>
/// Lucene's Snowball stemmers against Snowball's current official vocabulary. Lucene 4.8 ships older versions of the
/// algorithms (French most of all: about 4% of the vocabulary stems otherwise), which the relevance tests of the
/// search judge good enough; these bounds catch a wrong stemmer or a broken chain.
/// </summary>
public sealed class SnowballVocabularyTests
{
    [Theory]
    [InlineData("french")]
    [InlineData("english")]
    [InlineData("spanish")]
    public void StemmerAgreesWithTheOfficialVocabulary(string language)
    {
        var code = language switch
        {
            "english" => "en",
            "spanish" => "es",
            _ => "fr",
        };
        var words = File.ReadAllLines(TestPaths.SharedData("snowball", language, "voc.txt"));
        var expected = File.ReadAllLines(TestPaths.SharedData("snowball", language, "output.txt"));
        Assert.Equal(words.Length, expected.Length);
        Assert.True(words.Length > 20000, $"{language}: vocabulary too small ({words.Length} words)");

        var mismatches = 0;
        var report = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = Stemmer.Stem(code, words[i]);
            if (actual != expected[i])
            {
                if (++mismatches <= 20)
                {
                    report.AppendLine($"  {words[i]}: expected {expected[i]}, actual {actual}");
                }
            }
        }
        var allowed = language == "french" ? 0.05 : 0.005;
        Assert.True(mismatches <= words.Length * allowed, $"{language}: {mismatches} of {words.Length} words differ; first 20:\n{report}");
    }
}

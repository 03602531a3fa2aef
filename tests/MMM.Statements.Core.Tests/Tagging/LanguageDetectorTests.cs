using MMM.Statements.Tagging;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class LanguageDetectorTests(ITestOutputHelper output)
{
    /// <summary>
    /// The NGO written statements of the UN Parallel Corpus devset, one document per source id, each in French,
    /// English and Spanish: CSW 2015 (<c>e/cn_6/2015/ngo/</c>) and, in the same file, CPD 2015 (<c>e/cn_9/2015/ngo/</c>).
    /// </summary>
    private static Dictionary<string, Dictionary<string, string>> NgoStatements(string idPrefix)
    {
        var dir = TestPaths.SharedData("text", "unpc-devset");
        var ids = File.ReadAllLines(Path.Combine(dir, "UNv1.0.devset.ids.txt"));
        var lines = new Dictionary<string, string[]>
        {
            ["fr"] = File.ReadAllLines(Path.Combine(dir, "UNv1.0.devset.fr.txt")),
            ["en"] = File.ReadAllLines(Path.Combine(dir, "UNv1.0.devset.en.txt")),
            ["es"] = File.ReadAllLines(Path.Combine(dir, "UNv1.0.devset.es.txt")),
        };
        var documents = new Dictionary<string, Dictionary<string, string>>();
        for (var i = 0; i < ids.Length; i++)
        {
            // Each id line reads "2015/e/cn_6/2015/ngo/259 ar:31:1 …": the publication year, then the document symbol.
            var id = ids[i].Split(' ')[0];
            var symbol = id[(id.IndexOf('/') + 1)..];
            if (!symbol.StartsWith(idPrefix, StringComparison.Ordinal))
            {
                continue;
            }
            if (!documents.TryGetValue(symbol, out var byLanguage))
            {
                documents[symbol] = byLanguage = new() { ["fr"] = "", ["en"] = "", ["es"] = "" };
            }
            foreach (var language in lines.Keys)
            {
                byLanguage[language] += lines[language][i] + "\n";
            }
        }
        return documents;
    }

    [Theory]
    [InlineData("e/cn_6/2015/ngo/", 51)]
    [InlineData("e/cn_9/2015/ngo/", 11)]
    public void DetectsTheLanguageOfEveryUnpcNgoStatement(string idPrefix, int documentCount)
    {
        var documents = NgoStatements(idPrefix);
        Assert.Equal(documentCount, documents.Count);

        var wrong = new List<string>();
        foreach (var (symbol, byLanguage) in documents)
        {
            foreach (var (language, text) in byLanguage)
            {
                var detected = LanguageDetector.Detect(text);
                if (detected != language)
                {
                    wrong.Add($"{symbol} [{language}] detected as {detected}: {text[..Math.Min(80, text.Length)]}");
                }
            }
        }
        output.WriteLine($"{documents.Count * 3 - wrong.Count}/{documents.Count * 3} right");
        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Nous demandons aux États de reconnaître le travail de soin non rémunéré des mères.", "fr")]
    [InlineData("We call on States to recognise the unpaid care work of mothers.", "en")]
    [InlineData("Pedimos a los Estados que reconozcan el trabajo de cuidados no remunerado de las madres.", "es")]
    [InlineData("Déclaration écrite", "fr")]
    [InlineData("Written statement", "en")]
    [InlineData("Declaración escrita", "es")]
    public void DetectsShortSentencesAndTitles(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void TextWithoutEvidenceIsFrench()
    {
        Assert.Equal("fr", LanguageDetector.Detect("2024 – 12/03"));
    }
}

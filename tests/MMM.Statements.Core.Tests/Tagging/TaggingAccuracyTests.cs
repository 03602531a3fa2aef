using System.Text;
using System.Text.Json;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;
using Xunit.Abstractions;

namespace MMM.Statements.Core.Tests.Tagging;

/// <summary>
/// Runs the real extractor (poppler, AngleSharp) and the tagger on every statement of the sample corpus and compares
/// with the hand-written truth in <c>tests/fixtures/labels.json</c>. Prints the confusion of every field, then holds
/// the tagger to the agreed accuracy: body and session ≥ 98 %, year and language 100 %, type ≥ 90 %, topics F1 ≥ 0.85,
/// asks' precision and recall ≥ 0.95 (an ask found matches a labelled one when it opens with the label's words).
/// </summary>
public sealed class TaggingAccuracyTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record LabelFile(IReadOnlyList<Label> Statements);

    private sealed record Label(
        string Id, IReadOnlyList<string> Files, string Language, int Year, string Body, string? Session, string Type,
        string? Location, IReadOnlyList<string> Topics, string? Symbol, IReadOnlyList<string> CitedSymbols, IReadOnlyList<string>? Partners,
        IReadOnlyList<string>? Asks);

    /// <summary>The first words of each ask a reader finds in the statement, matched against those the tagger found; one found ask per label.</summary>
    private static (int Matched, List<string> Missed, List<string> Invented) MatchAsks(IReadOnlyList<string> labelled, IReadOnlyList<StatementAsk> found)
    {
        static string[] Words(string text) => Folding.FoldPhrase(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unmatched = found.Select(a => Words(a.Text)).ToList();
        var missed = new List<string>();
        foreach (var label in labelled)
        {
            var words = Words(label);
            var at = unmatched.FindIndex(ask => ask.Length >= words.Length && ask.Take(words.Length).SequenceEqual(words));
            if (at < 0)
            {
                missed.Add(label);
                continue;
            }
            unmatched.RemoveAt(at);
        }
        return (labelled.Count - missed.Count, missed, unmatched.Select(w => string.Join(' ', w.Take(8))).ToList());
    }

    /// <summary>
    /// A statement with two files (a news page and the declaration it links to) is tagged as one document, the way the
    /// indexer does: the news page first (title, date, lead line), then the declaration's pages and masthead.
    /// </summary>
    private static ExtractedDocument AsOneStatement(List<ExtractedDocument> documents)
    {
        var page = documents.FirstOrDefault(d => d.Format == DocumentFormat.Html) ?? documents[0];
        var others = documents.Where(d => !ReferenceEquals(d, page)).ToList();
        return others.Count == 0 ? page : page with
        {
            Masthead = page.Masthead ?? others.Select(d => d.Masthead).FirstOrDefault(m => m is not null),
            Pages = [.. page.Pages, .. others.SelectMany(d => d.Pages).Select((p, n) => p with { Number = page.Pages.Count + n + 1 })],
        };
    }

    [Fact]
    public async Task TaggerMeetsTheAccuracyTargetsOnTheSampleCorpus()
    {
        var labels = JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "labels.json")), Json)!.Statements;
        Assert.NotEmpty(labels);
        var tagger = new Tagger(Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json")), AskRules.Load(Path.Combine(TestPaths.Statements, "asks.json")));
        var extractor = new DocumentExtractor(new ExtractionOptions());

        var fields = new[] { "body", "session", "year", "language", "type", "location", "symbol", "citedSymbols", "partners" };
        var confusion = fields.ToDictionary(f => f, _ => new Dictionary<(string Expected, string Actual), int>());
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var topicMisses = new StringBuilder();
        int asksLabelled = 0, asksFound = 0, asksMatched = 0;
        var askMisses = new StringBuilder();

        foreach (var label in labels)
        {
            var documents = new List<ExtractedDocument>();
            foreach (var path in label.Files)
            {
                documents.Add(await extractor.ExtractAsync(Path.Combine(TestPaths.Statements, path), CancellationToken.None));
            }
            var file = Path.Combine(TestPaths.Statements, label.Files[0]);
            var sidecar = StatementSidecar.TryLoad(file, out var sidecarError);
            Assert.Null(sidecarError);
            var tags = tagger.Tag(AsOneStatement(documents), sidecar);

            var pairs = new Dictionary<string, (string? Expected, string? Actual)>
            {
                ["body"] = (label.Body, tags.Body),
                ["session"] = (label.Session, tags.Session?.ToString()),
                ["year"] = (label.Year.ToString(), tags.Year?.ToString()),
                ["language"] = (label.Language, tags.Language),
                ["type"] = (label.Type, tags.Type),
                ["location"] = (label.Location, tags.Location),
                ["symbol"] = (label.Symbol, tags.Symbol),
                ["citedSymbols"] = (string.Join(" ", label.CitedSymbols.Order(StringComparer.Ordinal)), string.Join(" ", tags.CitedSymbols.Order(StringComparer.Ordinal))),
                // The co-signers in the order the statement names them; a statement MMM signed alone has none.
                ["partners"] = (string.Join(" | ", label.Partners ?? []), string.Join(" | ", tags.Partners)),
            };
            foreach (var (field, (expected, actual)) in pairs)
            {
                var key = (expected ?? "(none)", actual ?? "(none)");
                confusion[field][key] = confusion[field].GetValueOrDefault(key) + 1;
                if (expected != actual)
                {
                    output.WriteLine($"  {label.Id}: {field} expected {key.Item1}, got {key.Item2}");
                }
            }

            var (matched, missed, invented) = MatchAsks(label.Asks ?? [], tags.Asks);
            (asksLabelled, asksFound, asksMatched) = (asksLabelled + (label.Asks?.Count ?? 0), asksFound + tags.Asks.Count, asksMatched + matched);
            foreach (var ask in missed)
            {
                askMisses.AppendLine($"  {label.Id}: ask not found: {ask}");
            }
            foreach (var ask in invented)
            {
                askMisses.AppendLine($"  {label.Id}: ask found that a reader does not see: {ask}");
            }

            var expectedTopics = label.Topics.ToHashSet();
            var actualTopics = tags.Topics.ToHashSet();
            truePositives += expectedTopics.Intersect(actualTopics).Count();
            falsePositives += actualTopics.Except(expectedTopics).Count();
            falseNegatives += expectedTopics.Except(actualTopics).Count();
            if (!expectedTopics.SetEquals(actualTopics))
            {
                topicMisses.AppendLine($"  {label.Id}: topics missing [{string.Join(", ", expectedTopics.Except(actualTopics))}] extra [{string.Join(", ", actualTopics.Except(expectedTopics))}]");
            }
        }

        var accuracy = new Dictionary<string, double>();
        foreach (var field in fields)
        {
            var right = confusion[field].Where(kv => kv.Key.Expected == kv.Key.Actual).Sum(kv => kv.Value);
            accuracy[field] = right / (double)labels.Count;
            output.WriteLine($"{field}: {right}/{labels.Count} = {accuracy[field]:P1}");
            foreach (var ((expected, actual), count) in confusion[field].Where(kv => kv.Key.Expected != kv.Key.Actual).OrderBy(kv => kv.Key.Expected))
            {
                output.WriteLine($"    expected {expected,-18} got {actual,-18} ×{count}");
            }
        }
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"topics: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} (TP {truePositives}, FP {falsePositives}, FN {falseNegatives})");
        output.WriteLine(topicMisses.ToString());
        var askPrecision = asksMatched / (double)Math.Max(1, asksFound);
        var askRecall = asksMatched / (double)Math.Max(1, asksLabelled);
        output.WriteLine($"asks: precision {askPrecision:F3}, recall {askRecall:F3} ({asksMatched} of {asksLabelled} labelled found, {asksFound} found)");
        output.WriteLine(askMisses.ToString());

        Assert.True(accuracy["body"] >= 0.98, $"body accuracy {accuracy["body"]:P1} < 98 %");
        Assert.True(accuracy["session"] >= 0.98, $"session accuracy {accuracy["session"]:P1} < 98 %");
        Assert.True(accuracy["year"] == 1.0, $"year accuracy {accuracy["year"]:P1} < 100 %");
        Assert.True(accuracy["language"] == 1.0, $"language accuracy {accuracy["language"]:P1} < 100 %");
        Assert.True(accuracy["type"] >= 0.90, $"type accuracy {accuracy["type"]:P1} < 90 %");
        Assert.True(accuracy["partners"] == 1.0, $"partners accuracy {accuracy["partners"]:P1} < 100 %");
        Assert.Contains(labels, l => l.Partners is { Count: > 0 });
        Assert.True(f1 >= 0.85, $"topics F1 {f1:F3} < 0.85");
        Assert.True(asksLabelled >= 100, $"only {asksLabelled} asks labelled");
        Assert.True(askPrecision >= 0.95, $"asks precision {askPrecision:F3} < 0.95");
        Assert.True(askRecall >= 0.95, $"asks recall {askRecall:F3} < 0.95");
    }
}

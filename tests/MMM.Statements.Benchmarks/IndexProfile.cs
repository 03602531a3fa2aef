using System.Diagnostics;
using MMM.Statements.Analysis;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// <c>bench index-profile DIR [--docs N]</c>: where our indexing time goes, on one thread, for the first N HTML pages of
/// a corpus: extraction, the whole tagger, and inside it the scans that read the whole text (language detection, UN
/// symbols, sessions, asks), then the analysis the writer does (terms, and the per-word folding for the vocabulary).
/// Each step is timed around the same public calls the indexer makes, so the parts need not add up to the whole.
/// </summary>
internal static class IndexProfile
{
    public static async Task<int> RunAsync(BenchArgs args)
    {
        if (args.Positional.Count != 1)
        {
            throw new BenchUsageException("bench index-profile takes one corpus folder");
        }
        var html = Path.Combine(Path.GetFullPath(args.Positional[0]), "html");
        var files = Directory.GetFiles(html, "*.html").Order(StringComparer.Ordinal).Take(args.Int("docs", 1000, min: 1)).ToList();
        var extractor = new DocumentExtractor(new ExtractionOptions());
        var tagger = new Tagger(Taxonomy.Default);
        var asks = new AskFinder(AskRules.Default, new TopicMatcher(Taxonomy.Default));
        var steps = new Dictionary<string, double>(StringComparer.Ordinal);

        long bytes = 0, tokens = 0;
        // The first document pays for JIT and the first regex compilations; it is left out of the figures.
        for (var i = -1; i < files.Count; i++)
        {
            var path = files[Math.Max(0, i)];
            var started = Stopwatch.GetTimestamp();
            var document = await extractor.ExtractAsync(path, CancellationToken.None);
            var extractMs = Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            var tags = tagger.Tag(document, null);
            var tagMs = Stopwatch.GetElapsedTime(started);
            var text = document.Text;
            var s1 = Stopwatch.GetTimestamp();
            LanguageDetector.Detect(text);
            var detect = Stopwatch.GetElapsedTime(s1);
            s1 = Stopwatch.GetTimestamp();
            UnSymbol.FindAll(text);
            var symbols = Stopwatch.GetElapsedTime(s1);
            s1 = Stopwatch.GetTimestamp();
            SessionParser.Find(text, tags.Year);
            var sessions = Stopwatch.GetElapsedTime(s1);
            s1 = Stopwatch.GetTimestamp();
            asks.Find(document.Pages, tags.Language);
            var askMs = Stopwatch.GetElapsedTime(s1);
            var analyzer = TextAnalyzer.For(tags.Language);
            s1 = Stopwatch.GetTimestamp();
            var analyzed = analyzer.Analyze(text);
            var analyze = Stopwatch.GetElapsedTime(s1);
            s1 = Stopwatch.GetTimestamp();
            foreach (var token in analyzed)
            {
                if (token.End > token.Start && token.End - token.Start <= 40)
                {
                    analyzer.AnalyzePrefix(text.Substring(token.Start, token.End - token.Start));
                }
            }
            var fold = Stopwatch.GetElapsedTime(s1);
            if (i < 0)
            {
                continue;
            }
            bytes += new FileInfo(path).Length;
            tokens += analyzed.Count;
            steps["extract (HTML → text)"] = steps.GetValueOrDefault("extract (HTML → text)") + extractMs.TotalMilliseconds;
            steps["tag (whole tagger)"] = steps.GetValueOrDefault("tag (whole tagger)") + tagMs.TotalMilliseconds;
            steps["  of which language detection"] = steps.GetValueOrDefault("  of which language detection") + detect.TotalMilliseconds;
            steps["  of which UN symbol scan"] = steps.GetValueOrDefault("  of which UN symbol scan") + symbols.TotalMilliseconds;
            steps["  of which session scan"] = steps.GetValueOrDefault("  of which session scan") + sessions.TotalMilliseconds;
            steps["  of which asks"] = steps.GetValueOrDefault("  of which asks") + askMs.TotalMilliseconds;
            steps["write: analysis (terms)"] = steps.GetValueOrDefault("write: analysis (terms)") + analyze.TotalMilliseconds;
            steps["write: per-word folding for the vocabulary"] = steps.GetValueOrDefault("write: per-word folding for the vocabulary") + fold.TotalMilliseconds;
        }
        Console.WriteLine($"index-profile: {files.Count} HTML pages, {bytes / 1e6:F1} MB, {tokens} terms, one thread; load {RunRecord.LoadAverage()}");
        Console.WriteLine("| step | total ms | ms per statement |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (step, ms) in steps)
        {
            Console.WriteLine($"| {step} | {ms:F0} | {ms / files.Count:F2} |");
        }
        return 0;
    }
}

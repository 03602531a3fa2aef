using System.Globalization;
using System.Text.RegularExpressions;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using Xunit.Abstractions;

namespace MMM.Statements.Tests.Extraction;

/// <summary>
/// G4, catalogue class P: the repository's real PDFs (and the readable files of the shared robustness set) mutated by
/// the real <c>zzuf</c> at ratios from 0.0001 to 0.01 and read by the product's <see cref="DocumentExtractor"/>. Every
/// mutant must end as a typed status with its French and English message: no exception, no hang, no process left.
/// The base seed is printed; <c>MMM_ZZUF_SEED</c> replays a run and <c>MMM_ZZUF_MUTANTS</c> raises the count by hand.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed partial class MutatedPdfTests(ITestOutputHelper output) : IDisposable
{
    private const int CiMutants = 75;

    /// <summary>
    /// The product's defaults, except that a mutant without text is recognised on two pages at 100 dpi rather than
    /// twenty at 300: OCR still meets every such mutant (pdftoppm and tesseract read hostile bytes too), at a cost CI
    /// can carry for 75 files.
    /// </summary>
    private static readonly ExtractionOptions Options = ExtractionOptions.Default with { OcrMaxPages = 2, OcrDpi = 100 };
    private const double MinRatio = 0.0001;
    private const double MaxRatio = 0.01;

    // Only a hang detector: far past the product's own per-file timeout, so a slow but bounded run on a loaded
    // machine never trips it, while a mutant that makes the extractor wait forever fails instead of stalling CI.
    private static readonly TimeSpan HangGuard = ExtractionOptions.Default.Timeout + TimeSpan.FromSeconds(90);

    private readonly string _work = TestPaths.NewTempDirectory("mmm-zzuf");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private sealed record Mutant(int Index, string Seed, int ZzufSeed, double Ratio)
    {
        public string RatioText => Ratio.ToString("0.######", CultureInfo.InvariantCulture);

        public string Replay => $"zzuf -s {ZzufSeed} -r {RatioText} cat {Seed} > mutant.pdf && mmm-statements extract mutant.pdf";
    }

    private sealed record Outcome(Mutant Mutant, int ChangedBytes, ExtractedDocument? Document, string? Problem);

    [Fact]
    public async Task EveryZzufMutantOfARealPdfEndsWithATypedStatusAndLeavesNoProcess()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("MMM_ZZUF_MUTANTS"), out var n) && n > 0 ? n : CiMutants;
        var baseSeed = int.TryParse(Environment.GetEnvironmentVariable("MMM_ZZUF_SEED"), out var s) ? s : Environment.TickCount & 0x3FFFFFFF;
        var seeds = SeedPdfs();
        output.WriteLine($"base seed {baseSeed}, {count} mutants of {seeds.Count} PDFs, ratios {MinRatio}–{MaxRatio} (MMM_ZZUF_SEED / MMM_ZZUF_MUTANTS to replay)");

        var random = new Random(baseSeed);
        var mutants = Enumerable.Range(0, count).Select(i => new Mutant(
            i,
            seeds[random.Next(seeds.Count)],
            // zzuf seeds stay below 2^31 and distinct within the run.
            (baseSeed + i) & int.MaxValue,
            // Log-uniform, so the few-bytes-changed end (the file still mostly parses) is as common as the wreck end.
            Math.Round(MinRatio * Math.Pow(MaxRatio / MinRatio, random.NextDouble()), 6))).ToList();

        var extractor = new DocumentExtractor(Options);
        // Two at a time: the machine has two cores, and pdftotext is single-threaded.
        using var gate = new SemaphoreSlim(2);
        var outcomes = await Task.WhenAll(mutants.Select(async mutant =>
        {
            await gate.WaitAsync();
            try
            {
                return await RunOne(extractor, mutant);
            }
            finally
            {
                gate.Release();
            }
        }));

        var problems = outcomes.Where(o => o.Problem is not null).ToList();
        foreach (var o in problems)
        {
            output.WriteLine($"FAILED mutant {o.Mutant.Index}: {o.Problem}\n  replay: {o.Mutant.Replay}");
        }
        var documents = outcomes.Where(o => o.Document is not null).Select(o => o.Document!).ToList();
        foreach (var group in documents.GroupBy(d => d.Status).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{group.Key,-18} {group.Count(),5}   {ExtractionMessages.French(group.Key)} / {ExtractionMessages.English(group.Key)}");
        }
        var popplerCrashes = documents.Count(d => PopplerExitCode(d.Detail) is >= 128 or < 0);
        output.WriteLine($"poppler stopped by a signal (crash or memory limit) in {popplerCrashes} mutants; the extractor reported each as a status");
        output.WriteLine($"peak RSS of the test process: {PeakRssKilobytes()} kB");

        Assert.Empty(problems);
        // The test only means something if zzuf really changed the files and the mutants reached both ends.
        Assert.True(outcomes.Count(o => o.ChangedBytes > 0) >= count * 9 / 10, "zzuf left most files unchanged");
        if (count >= 50)
        {
            Assert.Contains(documents, d => d.Status == ExtractionStatus.Extracted);
            Assert.Contains(documents, d => d.Status != ExtractionStatus.Extracted);
        }
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdftotext"));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("pdfinfo"));
        Assert.Empty(ProcessTable.ChildrenOfThisProcess("zzuf"));
    }

    /// <summary>
    /// Regression mutants from the first 1,000-mutant runs: each keeps a text layer that holds only page numbers, bare
    /// numbers at the page edges or a line repeated on every page ("Page 2 / 2", "2010", "Potato 7"). The extractor
    /// called them extracted with no text at all.
    /// </summary>
    [Theory]
    [InlineData("statements", "2022/hlpf2022-written-statement-fr.pdf", 10439476, 0.000208)]
    [InlineData("shared", "pdf-robustness/qpdf/leading-junk.pdf", 10438828, 0.000186)]
    [InlineData("shared", "pdf-robustness/qpdf/V4-aes.pdf", 10439509, 0.000197)]
    [InlineData("shared", "pdf-robustness/pdfpig/Type0_CJK_Font.pdf", 10748529, 0.000385)]
    public async Task AMutantWhoseTextIsOnlyPageNumbersOrRunningHeadersIsReportedAsHavingNoText(string root, string file, int zzufSeed, double ratio)
    {
        var seed = root == "statements" ? Path.Combine(TestPaths.Statements, file) : TestPaths.SharedData(file.Split('/'));
        var mutant = new Mutant(0, seed, zzufSeed, ratio);
        var path = Path.Combine(_work, "mutant.pdf");
        await File.WriteAllBytesAsync(path, await Mutate(mutant, (int)new FileInfo(seed).Length));
        // The case is what it claims: poppler still finds some text in the mutant.
        var raw = await ChildProcess.RunAsync("pdftotext", ["-enc", "UTF-8", path, "-"], new ProcessLimits(), CancellationToken.None);
        Assert.False(string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(raw.Stdout).Replace('\f', ' ')), "the mutant has no text layer at all");

        var document = await new DocumentExtractor(Options).ExtractAsync(path, CancellationToken.None);

        Assert.Equal(ExtractionStatus.NoTextLayer, document.Status);
        Assert.Empty(document.Pages);
        Assert.Contains("numéros de page", document.Detail);
    }

    private async Task<Outcome> RunOne(DocumentExtractor extractor, Mutant mutant)
    {
        var original = await File.ReadAllBytesAsync(mutant.Seed);
        var mutated = await Mutate(mutant, original.Length);
        var path = Path.Combine(_work, $"mutant-{mutant.Index}.pdf");
        await File.WriteAllBytesAsync(path, mutated);
        var changed = ChangedBytes(original, mutated);
        try
        {
            var document = await extractor.ExtractAsync(path, CancellationToken.None).WaitAsync(HangGuard);
            return new Outcome(mutant, changed, document, Check(document));
        }
        catch (TimeoutException)
        {
            return new Outcome(mutant, changed, null, $"the extractor had not returned after {HangGuard.TotalSeconds:0} s (its own limit is {ExtractionOptions.Default.Timeout.TotalSeconds:0} s)");
        }
        catch (Exception e)
        {
            return new Outcome(mutant, changed, null, $"exception escaped: {e}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>What a user would see wrong in the result, or null when it is a proper outcome.</summary>
    private static string? Check(ExtractedDocument document)
    {
        if (!Enum.IsDefined(document.Status))
        {
            return $"undefined status {(int)document.Status}";
        }
        if (string.IsNullOrWhiteSpace(ExtractionMessages.French(document.Status)) || string.IsNullOrWhiteSpace(ExtractionMessages.English(document.Status)))
        {
            return $"no message for {document.Status}";
        }
        if (document.Succeeded && (document.PageCount == 0 || string.IsNullOrWhiteSpace(document.Text)))
        {
            return "reported as extracted with no text";
        }
        if (!document.Succeeded && document.Pages.Count > 0)
        {
            return $"{document.Status} but pages were returned";
        }
        if (!IsWellFormed(document.Text))
        {
            return "text holds a lone surrogate";
        }
        return null;
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Runs the real zzuf on <c>cat</c>, exactly as the printed replay command does.</summary>
    private static async Task<byte[]> Mutate(Mutant mutant, int length)
    {
        var result = await ChildProcess.RunAsync(
            "zzuf",
            ["-s", mutant.ZzufSeed.ToString(CultureInfo.InvariantCulture), "-r", mutant.RatioText, "cat", mutant.Seed],
            new ProcessLimits { Timeout = TimeSpan.FromSeconds(60), MaxStdoutBytes = length + 1 },
            CancellationToken.None);
        Assert.False(result.TimedOut, $"zzuf did not finish: {mutant.Replay}");
        Assert.True(result.ExitCode == 0, $"zzuf exited {result.ExitCode}: {result.FirstStderrLine}");
        Assert.Equal(length, result.Stdout.Length);
        return result.Stdout;
    }

    private static int ChangedBytes(byte[] a, byte[] b)
    {
        var changed = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                changed++;
            }
        }
        return changed + Math.Abs(a.Length - b.Length);
    }

    /// <summary>
    /// The statements' own PDFs, plus the shared robustness files poppler reads cleanly and quickly (other fonts,
    /// scripts and producers than the statements' chromium output).
    /// </summary>
    private static List<string> SeedPdfs()
    {
        var seeds = Directory.GetFiles(TestPaths.Statements, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var folder = TestPaths.SharedData("pdf-robustness");
        foreach (var f in File.ReadAllLines(Path.Combine(folder, "RESULTS.tsv")).Skip(1).Select(line => line.Split('\t')))
        {
            if (f[2] == "0" && int.Parse(f[4], CultureInfo.InvariantCulture) > 0 && long.Parse(f[1], CultureInfo.InvariantCulture) < 400_000
                && double.Parse(f[3], CultureInfo.InvariantCulture) < 0.2)
            {
                seeds.Add(Path.Combine(folder, f[0]));
            }
        }
        Assert.True(seeds.Count >= 20, $"only {seeds.Count} seed PDFs");
        return seeds;
    }

    private static int? PopplerExitCode(string detail)
    {
        var m = ExitCode().Match(detail);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"code (-?\d+)")]
    private static partial Regex ExitCode();

    private static string PeakRssKilobytes() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(':')[1].Trim().Split(' ')[0] ?? "?";
}

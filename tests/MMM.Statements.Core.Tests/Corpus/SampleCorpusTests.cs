using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Corpus;

/// <summary>
/// The bundled corpus in <c>statements/</c> against its hand-written truth file <c>tests/fixtures/labels.json</c>:
/// what a new installation shows must be complete, consistent and cover every facet the site offers.
/// </summary>
public sealed partial class SampleCorpusTests
{
    private static readonly string[] Bodies = ["CSocD", "CSW", "HRC", "HLPF", "CPD", "ECOSOC", "UNGA", "FfD4", "WHA", "UNESCO", "ILC", "COP", "EU", "other"];
    private static readonly string[] Types = ["oral-statement", "written-statement", "joint-statement", "side-event", "submission", "news", "press-release", "report"];
    private static readonly string[] Topics = ["unpaid-care", "maternal-mental-health", "digital", "early-childhood", "social-protection", "gender-equality",
        "work-family", "financing", "intergenerational", "poverty", "maternal-health", "education", "migration"];
    private static readonly string[] Locations = ["new-york", "geneva", "brussels", "strasbourg", "paris", "london", "seville", "versailles", "online"];
    private static readonly string[] Languages = ["fr", "en", "es"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<Label>> AllLabels = new(LoadLabels);

    private static IReadOnlyList<Label> Labels => AllLabels.Value;

    [Fact]
    public void EveryStatementFileIsLabelledAndEveryLabelledFileExists()
    {
        var onDisk = StatementFiles().ToHashSet();
        var labelled = Labels.SelectMany(l => l.Files).ToList();

        Assert.Equal(labelled.Count, labelled.Distinct().Count());
        Assert.Empty(onDisk.Except(labelled));
        Assert.Empty(labelled.Except(onDisk));
    }

    [Fact]
    public void CorpusHasTheRequiredSizeInEachLanguageAndFormat()
    {
        Assert.True(Labels.Count >= 60, $"{Labels.Count} statements");
        Assert.True(Labels.Count(l => l.Language == "fr") >= 40);
        Assert.True(Labels.Count(l => l.Language == "en") >= 10);
        Assert.True(Labels.Count(l => l.Language == "es") >= 5);
        var files = Labels.SelectMany(l => l.Files).ToList();
        Assert.True(files.Count(f => f.EndsWith(".pdf", StringComparison.Ordinal)) >= 25);
        Assert.True(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)) >= 25);
    }

    [Fact]
    public void LabelsUseOnlyKnownIdsAndIdsAreUnique()
    {
        Assert.Equal(Labels.Count, Labels.Select(l => l.Id).Distinct().Count());
        foreach (var l in Labels)
        {
            Assert.Contains(l.Language, Languages);
            Assert.Contains(l.Body, Bodies);
            Assert.Contains(l.Type, Types);
            Assert.True(l.Location is null || Locations.Contains(l.Location), $"{l.Id}: location {l.Location}");
            Assert.InRange(l.Topics.Count, 1, 4);
            Assert.All(l.Topics, t => Assert.Contains(t, Topics));
            Assert.False(string.IsNullOrWhiteSpace(l.Title), l.Id);
            Assert.True(DateOnly.TryParseExact(l.Date, "yyyy-MM-dd", out var date), $"{l.Id}: date {l.Date}");
            Assert.InRange(l.Year - date.Year, 0, 1);
        }
    }

    [Fact]
    public void CorpusCoversEveryTypeTopicAndAtLeastSevenBodies()
    {
        Assert.True(Labels.Select(l => l.Body).Distinct().Count() >= 7);
        Assert.Empty(Types.Except(Labels.Select(l => l.Type)));
        Assert.Empty(Topics.Except(Labels.SelectMany(l => l.Topics)));
    }

    [Fact]
    public void CorpusSpansFifteenSessionsFrom2019To2026()
    {
        var sessions = Labels.Where(l => l.Session is not null && l.Year is >= 2019 and <= 2026).Select(l => l.Session).Distinct().Count();
        Assert.True(sessions >= 15, $"{sessions} sessions");
        Assert.Equal(2019, Labels.Min(l => l.Year));
        Assert.Equal(2026, Labels.Max(l => l.Year));
    }

    [Fact]
    public void EverySessionFollowsTheNumberingRuleOfItsBody()
    {
        foreach (var l in Labels.Where(l => l.Session is not null))
        {
            // The session parser, not UnSession.TryParse: it knows every body the taxonomy numbers (ILC112, FfD4).
            var parsed = SessionParser.Parse(l.Session!);
            Assert.True(parsed is not null && parsed.Value.ToString() == l.Session, $"{l.Id}: {l.Session} is not canonical");
            var s = parsed.Value;
            Assert.Equal(l.Body, Taxonomy.Default.Body(s.Body)?.Id);
            var expected = s.Body switch
            {
                "CSocD" => s.Number == l.Year - 1962,
                "CSW" => s.Number == l.Year - 1956,
                "CPD" => s.Number == l.Year - 1967,
                "HLPF" => s.Number == l.Year,
                "HRC" => s.Number - (3 * (l.Year - 2021) + 46) is >= 0 and <= 2,
                "WHA" => s.Number == l.Year - 1947,
                "ILC" => s.Number == l.Year - 1912,
                "COP" => s.Number == l.Year - 1995,
                "UNESCO" => 2 * s.Number == l.Year - 1939,
                "FfD" => s.Number == 4 && l.Year == 2025,
                _ => false,
            };
            Assert.True(expected, $"{l.Id}: {l.Session} does not fall in {l.Year}");
        }
    }

    [Fact]
    public void OwnSymbolsMatchTheirBodyAndSession()
    {
        foreach (var l in Labels.Where(l => l.Symbol is not null))
        {
            var expectedPrefix = l.Body switch
            {
                "CSW" => $"E/CN.6/{l.Year}/NGO/",
                "CSocD" => $"E/CN.5/{l.Year}/NGO/",
                "CPD" => $"E/CN.9/{l.Year}/NGO/",
                "HRC" => $"A/HRC/{l.Session![3..]}/NGO/",
                "HLPF" => $"E/{l.Year}/NGO/",
                _ => "?",
            };
            Assert.StartsWith(expectedPrefix, l.Symbol, StringComparison.Ordinal);
            Assert.DoesNotContain(l.Symbol, l.CitedSymbols);
        }
    }

    [Fact]
    public void LanguageVersionsPointToAFrenchStatementOfTheSameSession()
    {
        var byId = Labels.ToDictionary(l => l.Id);
        var versions = Labels.Where(l => l.VersionOf is not null).ToList();
        Assert.True(versions.Count >= 8, $"{versions.Count} language versions");
        foreach (var v in versions)
        {
            Assert.True(byId.TryGetValue(v.VersionOf!, out var original), $"{v.Id}: unknown versionOf {v.VersionOf}");
            Assert.Equal("fr", original.Language);
            Assert.NotEqual(original.Language, v.Language);
            Assert.Null(original.VersionOf);
            Assert.Equal(original.Symbol, v.Symbol);
            Assert.Equal(original.Session, v.Session);
            Assert.Equal(original.Body, v.Body);
        }
        // One written statement exists in all three languages under one symbol.
        Assert.Contains(Labels.Where(l => l.Symbol is not null).GroupBy(l => l.Symbol), g => g.Select(l => l.Language).Distinct().Count() == 3);
    }

    [Fact]
    public void EveryPdfIsARealPdfFile()
    {
        foreach (var file in Labels.SelectMany(l => l.Files).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var path = Path.Combine(TestPaths.Statements, file);
            var head = new byte[5];
            using (var stream = File.OpenRead(path))
            {
                stream.ReadExactly(head);
            }
            Assert.Equal("%PDF-", Encoding.ASCII.GetString(head));
            Assert.True(new FileInfo(path).Length < 400_000, $"{file} is too large");
        }
    }

    [Fact]
    public void ReadablePdfsCarryTheirTitleWordsAndOwnSymbolInTheirTextLayer()
    {
        var readable = Labels.Where(l => !IsScan(l) && !IsEncrypted(l))
            .SelectMany(l => l.Files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Select(f => (Label: l, File: f)));
        foreach (var (label, file) in readable)
        {
            var text = Squash(Run("pdftotext", "-enc", "UTF-8", Path.Combine(TestPaths.Statements, file), "-").Output);
            Assert.True(text.Length > 1500, $"{file}: only {text.Length} characters of text");
            if (label.Symbol is not null)
            {
                Assert.Contains(label.Symbol, text, StringComparison.Ordinal);
            }
            Assert.Contains("Make Mothers Matter", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnWrittenStatementsRunToSeveralPagesWithTheSymbolOnEachPage()
    {
        var written = Labels.Where(l => l.Type == "written-statement" && l.Symbol is not null && !IsEncrypted(l))
            .SelectMany(l => l.Files.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Select(f => (Label: l, File: f))).ToList();
        Assert.NotEmpty(written);
        var multiPage = 0;
        foreach (var (label, file) in written)
        {
            var pages = Run("pdftotext", "-enc", "UTF-8", Path.Combine(TestPaths.Statements, file), "-").Output.Split('\f', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            Assert.InRange(pages.Count, 1, 4);
            Assert.All(pages, p => Assert.Contains(label.Symbol!, Squash(p), StringComparison.Ordinal));
            if (pages.Count >= 2)
            {
                multiPage++;
            }
        }
        Assert.True(multiPage >= 5, $"{multiPage} multi-page written statements");
    }

    [Fact]
    public void TheScannedPdfsHaveNoTextLayerSoTheirTextCanOnlyComeFromOcr()
    {
        // A French scan and a Spanish one, made the same way: printed, rendered to an image, printed again.
        var scans = Labels.Where(IsScan).ToList();
        Assert.Equal(["es", "fr"], scans.Select(l => l.Language).Order());
        foreach (var file in scans.SelectMany(l => l.Files))
        {
            var result = Run("pdftotext", Path.Combine(TestPaths.Statements, file), "-");
            Assert.Equal(0, result.ExitCode);
            Assert.True(string.IsNullOrWhiteSpace(result.Output), $"{file} has a text layer");
            Assert.Contains("Pages:", Run("pdfinfo", Path.Combine(TestPaths.Statements, file)).Output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(TestPaths.Statements, file + ".meta.json")), $"{file} has no sidecar");
        }
    }

    [Fact]
    public void TheProtectedPdfNeedsThePasswordDocumentedInTheReadme()
    {
        var encrypted = Labels.Where(IsEncrypted).SelectMany(l => l.Files).ToList();
        Assert.Single(encrypted);
        var path = Path.Combine(TestPaths.Statements, encrypted[0]);

        // qpdf exits 0 exactly when the file cannot be opened without a password.
        Assert.Equal(0, Run("qpdf", "--requires-password", path).ExitCode);
        Assert.NotEqual(0, Run("pdftotext", path, "-").ExitCode);

        var readme = File.ReadAllText(Path.Combine(TestPaths.Statements, "README.md"));
        var password = PasswordLine().Match(readme);
        Assert.True(password.Success, "README.md does not give the password");
        var info = Run("pdfinfo", "-upw", password.Groups[1].Value, path);
        Assert.Equal(0, info.ExitCode);
        Assert.Matches(@"Encrypted:\s+yes", info.Output);
        Assert.Contains("Conseil économique et social", Squash(Run("pdftotext", "-upw", password.Groups[1].Value, "-enc", "UTF-8", path, "-").Output), StringComparison.Ordinal);
    }

    [Fact]
    public void EverySidecarParsesUsesKnownIdsAndAgreesWithTheLabels()
    {
        var sidecars = Directory.EnumerateFiles(TestPaths.Statements, "*.meta.json", SearchOption.AllDirectories).ToList();
        Assert.InRange(sidecars.Count, 3, 5);
        foreach (var path in sidecars)
        {
            var target = Rel(path[..^".meta.json".Length]);
            Assert.True(File.Exists(Path.Combine(TestPaths.Statements, target)), $"{target} has a sidecar but no file");
            var meta = JsonSerializer.Deserialize<Sidecar>(File.ReadAllText(path), Json)!;
            var label = Labels.Single(l => l.Files.Contains(target));
            if (meta.Language is not null) { Assert.Equal(label.Language, meta.Language); }
            if (meta.Body is not null) { Assert.Equal(label.Body, meta.Body); }
            if (meta.Session is not null) { Assert.Equal(label.Session, meta.Session); }
            if (meta.Type is not null) { Assert.Equal(label.Type, meta.Type); }
            if (meta.Location is not null) { Assert.Equal(label.Location, meta.Location); }
            if (meta.Date is not null) { Assert.Equal(label.Date, meta.Date); }
            if (meta.Title is not null) { Assert.Equal(label.Title, meta.Title); }
            if (meta.Symbol is not null) { Assert.Equal(label.Symbol, meta.Symbol); }
            if (meta.Topics is not null) { Assert.Equal(label.Topics.Order(), meta.Topics.Order()); }
        }
        string[] known = ["title", "date", "language", "body", "session", "type", "location", "topics", "symbol", "citedSymbols"];
        foreach (var path in sidecars)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.All(doc.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, known));
        }
    }

    [Fact]
    public void NewsPagesLinkTheirDeclarationWithARelativeHref()
    {
        var linking = 0;
        foreach (var label in Labels)
        {
            foreach (var page in label.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            {
                var html = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(TestPaths.Statements, page)));
                foreach (Match href in PdfHref().Matches(html))
                {
                    var target = Rel(Path.GetFullPath(Path.Combine(TestPaths.Statements, Path.GetDirectoryName(page)!, href.Groups[1].Value)));
                    Assert.Contains(target, label.Files);
                    linking++;
                }
            }
        }
        Assert.True(linking >= 8, $"{linking} pages link their PDF");
    }

    [Fact]
    public void NewsPagesHaveTheSiteFurnitureAroundTheArticle()
    {
        var pages = Labels.SelectMany(l => l.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => (Label: l, File: f))).ToList();
        var withDateMeta = 0;
        foreach (var (label, file) in pages)
        {
            var html = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(TestPaths.Statements, file)));
            Assert.Contains($"<html lang=\"{label.Language}\">", html, StringComparison.Ordinal);
            Assert.Contains("<title>", html, StringComparison.Ordinal);
            Assert.Contains("og:title", html, StringComparison.Ordinal);
            Assert.Contains("<article", html, StringComparison.Ordinal);
            Assert.Contains("<nav>", html, StringComparison.Ordinal);
            Assert.Contains("<aside", html, StringComparison.Ordinal);
            Assert.Contains("<footer>", html, StringComparison.Ordinal);
            var d = DateOnly.ParseExact(label.Date, "yyyy-MM-dd");
            Assert.Contains($"<p class=\"date\">{d:dd.MM.yy}</p>", html, StringComparison.Ordinal);
            if (html.Contains("<meta name=\"date\"", StringComparison.Ordinal))
            {
                withDateMeta++;
            }
        }
        Assert.InRange(withDateMeta, 1, pages.Count - 1);
    }

    [Fact]
    public void OneNewsPageIsEncodedInWindows1252AsItDeclares()
    {
        var cp1252 = new List<string>();
        foreach (var file in Labels.SelectMany(l => l.Files).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Statements, file));
            var declared = Encoding.Latin1.GetString(bytes).Contains("charset=\"windows-1252\"", StringComparison.OrdinalIgnoreCase);
            var validUtf8 = IsValidUtf8(bytes);
            Assert.NotEqual(declared, validUtf8);
            if (declared)
            {
                cp1252.Add(file);
                Assert.Contains((byte)0x92, bytes); // ’
                Assert.Contains((byte)0x9C, bytes); // œ
                Assert.Contains((byte)0x80, bytes); // €
            }
        }
        Assert.Single(cp1252);
    }

    [Fact]
    public void SomePagesCarryTheTypographicMessOfRealPages()
    {
        var texts = Labels.SelectMany(l => l.Files).Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => File.ReadAllText(Path.Combine(TestPaths.Statements, f))).ToList();
        Assert.True(texts.Count(t => t.Contains('\u00AD')) >= 2, "soft hyphens");
        Assert.True(texts.Count(t => t.Contains("´", StringComparison.Ordinal)) >= 2, "acute accent as apostrophe");
        Assert.True(texts.Count(t => t.Contains("\u00A0:", StringComparison.Ordinal)) >= 5, "no-break space before a colon");
        Assert.True(texts.Count(t => t.Contains('’')) >= 10, "typographic apostrophes");
    }

    [Fact]
    public void KnownItemQueriesExpectLabelledStatements()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "queries.json")));
        var queries = doc.RootElement.EnumerateArray().Select(q => (Query: q.GetProperty("query").GetString()!, Expected: q.GetProperty("expected").GetString()!)).ToList();
        Assert.True(queries.Count >= 25);
        var ids = Labels.Select(l => l.Id).ToHashSet();
        Assert.All(queries, q => Assert.Contains(q.Expected, ids));
        Assert.Equal(queries.Count, queries.Select(q => q.Query).Distinct().Count());
    }

    private static bool IsScan(Label l) => l.Note?.Contains("scan", StringComparison.Ordinal) == true;

    private static bool IsEncrypted(Label l) => l.Note?.Contains("password", StringComparison.Ordinal) == true;

    private static string Rel(string fullPath) => Path.GetRelativePath(TestPaths.Statements, fullPath).Replace('\\', '/');

    private static IEnumerable<string> StatementFiles() =>
        Directory.EnumerateFiles(TestPaths.Statements, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Select(Rel);

    /// <summary>Joins what the PDF layout split: line breaks and runs of spaces become one space.</summary>
    private static string Squash(string text) => Whitespace().Replace(text, " ");

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(true);
            throw new TimeoutException($"{program} did not finish");
        }
        _ = stderr.Result;
        return (process.ExitCode, output);
    }

    private static IReadOnlyList<Label> LoadLabels()
    {
        var file = JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(Path.Combine(TestPaths.Fixtures, "labels.json")), Json)!;
        return file.Statements;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"href=""([^""#:]+\.pdf)""")]
    private static partial Regex PdfHref();

    [GeneratedRegex(@"[Pp]assword[^`\n]*`([^`]+)`")]
    private static partial Regex PasswordLine();

    private sealed record LabelFile(IReadOnlyList<Label> Statements);

    private sealed record Label(string Id, IReadOnlyList<string> Files, string Language, string Title, string Date, int Year, string Body,
        string? Session, string Type, string? Location, IReadOnlyList<string> Topics, string? Symbol, IReadOnlyList<string> CitedSymbols,
        string? VersionOf, string? Note);

    private sealed record Sidecar(string? Title, string? Date, string? Language, string? Body, string? Session, string? Type,
        string? Location, IReadOnlyList<string>? Topics, string? Symbol, IReadOnlyList<string>? CitedSymbols);
}

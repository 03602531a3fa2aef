using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MMM.Statements.Cli;
using MMM.Statements.Tests;

namespace MMM.Statements.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static string Sample(params string[] parts) => Path.Combine([TestPaths.Statements, .. parts]);

    [Fact]
    public async Task JsonOfAUnWrittenStatementHasItsTextPagesAndTags()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"), "--json");

        Assert.Equal(CommandLine.Ok, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("extracted", root.GetProperty("status").GetString());
        Assert.Equal("pdf", root.GetProperty("format").GetString());
        Assert.Equal("fr", root.GetProperty("language").GetString());
        Assert.Equal("CSW", root.GetProperty("body").GetString());
        Assert.Equal("CSW68", root.GetProperty("session").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal("written-statement", root.GetProperty("type").GetString());
        Assert.Equal("new-york", root.GetProperty("location").GetString());
        Assert.StartsWith("E/CN.6/2024/NGO/", root.GetProperty("symbol").GetString());
        Assert.Contains("A/RES/70/1", root.GetProperty("citedSymbols").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("unpaid-care", root.GetProperty("topics").EnumerateArray().Select(e => e.GetString()));
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.True(pages.Count >= 1);
        Assert.Equal(1, pages[0].GetProperty("number").GetInt32());
        Assert.Contains("Commission de la condition de la femme", pages[0].GetProperty("text").GetString());
        Assert.Contains("Make Mothers Matter", root.GetProperty("text").GetString());
        Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("date").GetString()!);
    }

    [Fact]
    public async Task JsonKeepsAccentedLettersReadable()
    {
        var (_, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"), "--json");

        Assert.Contains("é", stdout);
        Assert.DoesNotContain("\\u00E9", stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ANewsPageListsThePdfItLinksToAsASecondFile()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2021", "csocd59-written-statement-news.html"), "--json");

        Assert.Equal(CommandLine.Ok, code);
        using var json = JsonDocument.Parse(stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(2, files.Count);
        Assert.EndsWith("csocd59-written-statement-news.html", files[0]);
        Assert.EndsWith("csocd59-written-statement-fr.pdf", files[1]);
        Assert.Equal("html", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("CSocD59", json.RootElement.GetProperty("session").GetString());
    }

    [Fact]
    public async Task WithoutJsonItPrintsMetadataLinesThenTheText()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2024", "csw68-written-statement-fr.pdf"));

        Assert.Equal(CommandLine.Ok, code);
        var lines = stdout.Split('\n');
        Assert.StartsWith("Statut / Status:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Session:", StringComparison.Ordinal) && l.TrimEnd().EndsWith("CSW68", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Organe / Body:", StringComparison.Ordinal) && l.TrimEnd().EndsWith("CSW", StringComparison.Ordinal));
        var firstPage = Array.FindIndex(lines, l => l.StartsWith("--- page 1 ---", StringComparison.Ordinal));
        Assert.True(firstPage > 5);
        Assert.Contains("Make Mothers Matter", string.Join('\n', lines[firstPage..]));
    }

    [Fact]
    public async Task AProtectedPdfExitsThreeWithTheReasonAndItsSidecarTags()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Sample("2025", "ecosoc-lettre-conjointe-systemes-de-soins.pdf"), "--json");

        Assert.Equal(CommandLine.Unreadable, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("passwordProtected", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("mot de passe", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("ECOSOC", json.RootElement.GetProperty("body").GetString());
        Assert.Equal("joint-statement", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AFileThatIsNeitherPdfNorHtmlExitsThree()
    {
        var dir = TestPaths.NewTempDirectory("mmm-extract");
        try
        {
            var file = Path.Combine(dir, "not-a.pdf");
            await File.WriteAllBytesAsync(file, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

            var (code, stdout, _) = await CommandLineTests.Run("extract", file, "--json");

            Assert.Equal(CommandLine.Unreadable, code);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("notSupported", json.RootElement.GetProperty("status").GetString());
            Assert.Empty(json.RootElement.GetProperty("pages").EnumerateArray());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingFileExitsThree()
    {
        var (code, stdout, _) = await CommandLineTests.Run("extract", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.pdf"));

        Assert.Equal(CommandLine.Unreadable, code);
        Assert.Contains("introuvable", stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("a.pdf", "b.pdf")]
    [InlineData("a.pdf", "--pages")]
    public async Task BadUsageExitsTwo(params string[] rest)
    {
        var (code, _, stderr) = await CommandLineTests.Run(["extract", .. rest]);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("usage: mmm-statements extract", stderr);
    }

    [Fact]
    public async Task JsonSaysWhichExtractorReadTheFile()
    {
        var (_, pdf, _) = await CommandLineTests.Run("extract", Sample("2023", "enquete-sante-mentale-meres-europe.pdf"), "--json");
        var (_, html, _) = await CommandLineTests.Run("extract", Sample("2021", "csocd59-written-statement-news.html"), "--json");

        using var pdfJson = JsonDocument.Parse(pdf);
        using var htmlJson = JsonDocument.Parse(html);
        Assert.Equal("pdfPig", pdfJson.RootElement.GetProperty("extractor").GetString());
        Assert.Equal("angleSharp", htmlJson.RootElement.GetProperty("extractor").GetString());
    }

    [Fact]
    public async Task AKilledExtractLeavesNoPdfWorkerBehind()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"mmm-kill-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            // 16 MiB of text operators on one page: PdfPig works on it for seconds, long enough to kill its parent.
            var file = Path.Combine(dir, "lourd.pdf");
            WriteHeavyPdf(file);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mmm-statements.dll"));
            start.ArgumentList.Add("extract");
            start.ArgumentList.Add(file);
            using var cli = Process.Start(start)!;
            _ = cli.StandardOutput.ReadToEndAsync();
            _ = cli.StandardError.ReadToEndAsync();

            // Kill the CLI once its worker is busy in PdfPig (past the runtime's start-up CPU), not while it starts:
            // a starting worker dies anyway when it finds no one to say "ready" to.
            var worker = await PollAsync(() => Workers().FirstOrDefault(w => w.ParentPid == cli.Id && w.CpuTicks >= 200), TimeSpan.FromSeconds(60));
            Assert.NotNull(worker);
            Assert.False(cli.HasExited, "the extraction ended before the test could kill it");
            cli.Kill(entireProcessTree: false);
            await cli.WaitForExitAsync();

            // The worker sees its parent gone and ends on its own; nobody else will kill it.
            // Well before PdfPig would be done with the file (about 10 s) and end by itself.
            var left = await PollAsync(() => Workers().Any(w => w.Pid == worker.Pid) ? null : "gone", TimeSpan.FromSeconds(5));
            Assert.Equal("gone", left);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<T?> PollAsync<T>(Func<T?> probe, TimeSpan limit) where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (probe() is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        return probe();
    }

    private sealed record WorkerProcess(int Pid, int ParentPid, long CpuTicks);

    /// <summary>The PDF worker processes alive now, from /proc.</summary>
    private static List<WorkerProcess> Workers()
    {
        var found = new List<WorkerProcess>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("mmm-pdf-worker.dll", StringComparison.Ordinal))
                {
                    continue;
                }
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // A zombie has exited; only its entry is left for its parent to reap.
                if (fields[0] != "Z")
                {
                    // utime and stime, fields 14 and 15 of stat, in clock ticks (1/100 s).
                    found.Add(new WorkerProcess(pid, int.Parse(fields[1]), long.Parse(fields[11]) + long.Parse(fields[12])));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        return found;
    }

    private static void WriteHeavyPdf(string path)
    {
        const string line = "BT /F1 12 Tf 72 720 Td (Texte lourd) Tj ET\n";
        var content = string.Concat(Enumerable.Repeat(line, 16 * 1024 * 1024 / line.Length));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllText(path, pdf.ToString(), Encoding.Latin1);
    }
}

using System.Diagnostics;
using System.Globalization;
using MMM.Statements.Extraction;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// bench extract: PDF extraction time of the bundled statements and of ../shared/data/un-pdfs, PdfPig in its warm
/// worker against poppler (pdftotext + pdfinfo, as the project ran it before), in the same run, one file at a time,
/// with the worker's peak memory and this process's own memory before and after (the site's side of the pipe).
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var reps = 3;
        for (var i = 0; i < args.Length; i++)
        {
            reps = args[i] == "--reps" && i + 1 < args.Length && int.TryParse(args[++i], out var r) && r > 0 ? r
                : throw new BenchUsageException($"extract: unknown or incomplete option '{args[i]}'");
        }
        var root = RepositoryRoot();
        var corpora = new (string Name, List<string> Files)[]
        {
            ("bundled statements", Directory.EnumerateFiles(Path.Combine(root, "statements"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()),
            ("../shared/data/un-pdfs", Directory.Exists(Path.Combine(root, "..", "shared", "data", "un-pdfs"))
                ? Directory.EnumerateFiles(Path.Combine(root, "..", "shared", "data", "un-pdfs"), "*.pdf").Order(StringComparer.Ordinal).ToList()
                : []),
        };

        var rssBefore = Status(Environment.ProcessId, "VmRSS");
        await using var pdfPig = new DocumentExtractor(ExtractionOptions.Default with { PdfWorkers = 1 });
        await using var poppler = new DocumentExtractor(ExtractionOptions.Default with { UsePdfPig = false });
        // Warm-up: starts the worker and JITs both paths, so the figures are the warm worker's.
        foreach (var file in corpora.SelectMany(c => c.Files))
        {
            await pdfPig.ExtractAsync(file, CancellationToken.None);
            await poppler.ExtractAsync(file, CancellationToken.None);
        }

        Console.WriteLine($"PDF extraction, one file at a time, best of {reps} passes (wall time; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        Console.WriteLine();
        Console.WriteLine("| corpus | files | pages | pdftotext alone | poppler as the project ran it (pdftotext + pdfinfo) | PdfPig, warm worker | PdfPig / pdftotext alone | read by PdfPig |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, files) in corpora.Where(c => c.Files.Count > 0))
        {
            var bareTime = TimeSpan.MaxValue;
            var popplerTime = TimeSpan.MaxValue;
            var pdfPigTime = TimeSpan.MaxValue;
            var pages = 0;
            var byPdfPig = 0;
            for (var rep = 0; rep < reps; rep++)
            {
                // Alternate the order so neither always runs on the warmer cache.
                var (first, second) = rep % 2 == 0 ? (poppler, pdfPig) : (pdfPig, poppler);
                var a = await TimeAsync(first, files);
                var b = await TimeAsync(second, files);
                var (p, q) = rep % 2 == 0 ? (a, b) : (b, a);
                var bare = await TimeBarePdftotextAsync(files);
                bareTime = bare < bareTime ? bare : bareTime;
                popplerTime = p.Elapsed < popplerTime ? p.Elapsed : popplerTime;
                pdfPigTime = q.Elapsed < pdfPigTime ? q.Elapsed : pdfPigTime;
                pages = q.Pages;
                byPdfPig = q.ByPdfPig;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {files.Count} | {pages} | {bareTime.TotalSeconds:0.00} s | {popplerTime.TotalSeconds:0.00} s | {pdfPigTime.TotalSeconds:0.00} s | {pdfPigTime / bareTime:0.00}× | {byPdfPig}/{files.Count} |"));
        }
        Console.WriteLine();
        var worker = pdfPig.PdfWorkers!.WorkerProcessIds.FirstOrDefault();
        Console.WriteLine($"worker (pid {worker}): peak RSS {Status(worker, "VmHWM")}, RSS now {Status(worker, "VmRSS")}, workers started {pdfPig.PdfWorkers.WorkersStarted}");
        Console.WriteLine($"this process: RSS {rssBefore} before, {Status(Environment.ProcessId, "VmRSS")} after, peak {Status(Environment.ProcessId, "VmHWM")}");
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, int Pages, int ByPdfPig)> TimeAsync(DocumentExtractor extractor, List<string> files)
    {
        var clock = Stopwatch.StartNew();
        var pages = 0;
        var byPdfPig = 0;
        foreach (var file in files)
        {
            var document = await extractor.ExtractAsync(file, CancellationToken.None);
            pages += document.PageCount;
            byPdfPig += document.Extractor == Model.TextExtractor.PdfPig ? 1 : 0;
        }
        return (clock.Elapsed, pages, byPdfPig);
    }

    /// <summary>pdftotext alone, in the same jail, its output discarded: the floor of the poppler route.</summary>
    private static async Task<TimeSpan> TimeBarePdftotextAsync(List<string> files)
    {
        var limits = new ProcessLimits { MemoryLimitBytes = ExtractionOptions.Default.MemoryLimitBytes };
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            await ChildProcess.RunAsync(PdfExtractor.PdfToText, ["-enc", "UTF-8", file, "-"], limits, CancellationToken.None);
        }
        return clock.Elapsed;
    }

    private static string Status(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        var line = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal)) : null;
        return line is null ? "?" : line[(field.Length + 1)..].Trim();
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MMM.Statements.sln")))
            {
                return d.FullName;
            }
        }
        throw new BenchUsageException("run bench extract from inside the repository (MMM.Statements.sln not found above the current directory)");
    }
}

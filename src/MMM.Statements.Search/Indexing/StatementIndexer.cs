using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Analysis;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Builds the index from the statements folder: discover → extract → tag → write, then one commit (the publication).
/// Incremental by default: a file with the same content hash is not extracted again, an unchanged statement is not
/// written again, a changed one replaces its document, a removed one is deleted. Single-flight within the process; across
/// processes Lucene's write lock refuses a second writer. A failed or cancelled build rolls back to the last commit,
/// which keeps serving.
/// </summary>
public sealed class StatementIndexer(IndexerOptions options, StatementIndex? index = null)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcessLocks = new(StringComparer.Ordinal);
    private static readonly string[] StatementExtensions = [".pdf", ".html", ".htm"];

    public Task<BuildSummary> BuildAsync(bool full, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LockedAsync(target => RunAsync(target, full, progress, cancellationToken), cancellationToken);

    /// <summary>
    /// Adds files just put in the statements folder (paths relative to it), as a publication does: when they are new
    /// statements of their own, they are added without going over the folder again; otherwise (a file the index already
    /// holds, a page linking a PDF it holds, a file that fails) this is an updating build.
    /// </summary>
    public Task<BuildSummary> PublishAsync(IReadOnlyCollection<string> added, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        return LockedAsync(async target => await TryAddNamedAsync(target, added, progress, cancellationToken)
            ?? await RunAsync(target, full: false, progress, cancellationToken), cancellationToken);
    }

    /// <summary>True while a build of this index directory runs in this process.</summary>
    public bool IsRunning =>
        InProcessLocks.TryGetValue(Path.GetFullPath(options.IndexDirectory), out var gate) && gate.CurrentCount == 0;

    private async Task<BuildSummary> LockedAsync(Func<StatementIndex, Task<BuildSummary>> build, CancellationToken cancellationToken)
    {
        var gate = InProcessLocks.GetOrAdd(Path.GetFullPath(options.IndexDirectory), _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            throw new BuildAlreadyRunningException("A build is already running in this process.");
        }
        var own = index is null ? new StatementIndex(options.IndexDirectory) : null;
        try
        {
            return await build(index ?? own!);
        }
        finally
        {
            own?.Dispose();
            gate.Release();
        }
    }

    /// <summary>
    /// The named files added as new statements, or null when they cannot be (see <see cref="PublishAsync"/>): then
    /// nothing was written and an updating build does the work.
    /// </summary>
    private async Task<BuildSummary?> TryAddNamedAsync(StatementIndex target, IReadOnlyCollection<string> added, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new IndexingProgress(IndexingStage.Discovering, 0, added.Count, null, clock.Elapsed));
        var (tagger, taxonomyHash) = await LoadTaggerAsync(cancellationToken);
        var previous = target.Catalog(withFiles: false);
        if (previous is null || !previous.SameVersions(taxonomyHash) || added.Count == 0)
        {
            return null;
        }
        var root = Path.GetFullPath(options.SourceDirectory);
        var files = new List<SourceFile>();
        foreach (var relative in added.Select(p => p.Replace('\\', '/')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(root, relative));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)
                || relative.Split('/').Any(part => part.StartsWith('.')) || !StatementExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())
                || target.Holds(StatementFields.FilePath, relative) || previous.Failures.Any(f => f.Path == relative))
            {
                return null;
            }
            var info = new FileInfo(path);
            var sidecarPath = StatementSidecar.CandidatePaths(path).FirstOrDefault(File.Exists);
            files.Add(new SourceFile(path, relative, HashFile(path), info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds(),
                sidecarPath is null ? null : Hash(await File.ReadAllBytesAsync(sidecarPath, cancellationToken))));
        }
        await using var extractor = new DocumentExtractor(options.Extraction);
        var extracted = new ExtractedDocument[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new IndexingProgress(IndexingStage.Extracting, i, files.Count, files[i].RelativePath, clock.Elapsed));
            extracted[i] = RefuseMismatch(files[i].RelativePath, await extractor.ExtractAsync(files[i].FullPath, cancellationToken));
            if (extracted[i].Status != ExtractionStatus.Extracted)
            {
                // A failure is listed by the updating build, which keeps the failures of the whole folder.
                return null;
            }
        }
        // A page may only take PDFs among the added files: one linking a file the index already holds changes that statement.
        var named = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (extracted[i].PdfLinks.Select(link => ResolveLink(files[i].RelativePath, link)).Any(linked =>
                    linked is not null && !named.Contains(linked) && File.Exists(Path.Combine(root, linked))))
            {
                return null;
            }
            if (extracted[i].Format == DocumentFormat.Pdf && target.Holds(StatementFields.LinkedName, Path.GetFileName(files[i].RelativePath)))
            {
                return null;
            }
        }
        var groups = Group(files, extracted);
        var ids = groups.Select(g => IdOf(files[g[0]].RelativePath)).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || ids.Any(id => target.Holds(StatementFields.Id, id)))
        {
            return null;
        }
        progress?.Report(new IndexingProgress(IndexingStage.Tagging, 0, groups.Count, null, clock.Elapsed));
        var records = groups.Select(group => Tag(tagger, group, files, extracted)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        progress?.Report(new IndexingProgress(IndexingStage.Writing, 0, records.Count, null, clock.Elapsed));
        var info2 = previous.Info! with
        {
            BuiltAt = DateTimeOffset.UtcNow,
            Mode = "append",
            Statements = previous.Info.Statements + records.Count,
            Files = previous.Info.Files + files.Count,
            Unchanged = previous.Info.Files,
            Seconds = clock.Elapsed.TotalSeconds,
        };
        target.Write((writer, _) =>
        {
            foreach (var record in records)
            {
                StatementFields.Write(writer, record);
            }
        }, () => info2.ToUserData(previous.Failures), create: false);
        progress?.Report(new IndexingProgress(IndexingStage.Done, records.Count, records.Count, null, clock.Elapsed));
        return new BuildSummary(info2.Statements, info2.Files, previous.Failures.Count, previous.Info.Files, clock.Elapsed, target.Info?.FileName ?? "", Changed: true, previous.Failures);
    }

    /// <summary>Writes statements already tagged as the whole index, in one commit (tests and the bench build from records).</summary>
    internal static BuildSummary WriteRecords(StatementIndex target, IEnumerable<StatementRecord> statements, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        var files = 0;
        target.Write((writer, _) =>
        {
            foreach (var record in statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                StatementFields.Write(writer, record);
                count++;
                files += record.Files.Count;
            }
        }, () => new BuildInfo
        {
            FileName = "",
            SchemaVersion = StatementFields.SchemaVersion,
            AnalyzerVersion = TextAnalyzer.Version,
            BuiltAt = DateTimeOffset.UtcNow,
            Mode = "full",
            Statements = count,
            Files = files,
            Seconds = clock.Elapsed.TotalSeconds,
        }.ToUserData([]), create: true);
        return new BuildSummary(count, files, 0, 0, clock.Elapsed, target.Info?.FileName ?? "", Changed: true, []);
    }

    /// <summary>The tagger of the source folder's taxonomy and ask rules (the built-in ones where it has none), and their hash: another hash re-tags every statement.</summary>
    private async Task<(Tagger Tagger, string Hash)> LoadTaggerAsync(CancellationToken cancellationToken)
    {
        var taxonomyPath = Path.Combine(options.SourceDirectory, "taxonomy.json");
        var asksPath = Path.Combine(options.SourceDirectory, "asks.json");
        var (taxonomy, taxonomyHash) = File.Exists(taxonomyPath)
            ? (Taxonomy.Load(taxonomyPath), Hash(await File.ReadAllBytesAsync(taxonomyPath, cancellationToken)))
            : (Taxonomy.Default, "default");
        var (asks, asksHash) = File.Exists(asksPath)
            ? (AskRules.Load(asksPath), Hash(await File.ReadAllBytesAsync(asksPath, cancellationToken)))
            : (AskRules.Default, "default");
        return (new Tagger(taxonomy, asks), taxonomyHash + "+" + asksHash);
    }

    private async Task<BuildSummary> RunAsync(StatementIndex target, bool full, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Report(IndexingStage stage, int done, int total, string? file = null) =>
            progress?.Report(new IndexingProgress(stage, done, total, file, clock.Elapsed));

        Report(IndexingStage.Discovering, 0, 0);
        var (tagger, taxonomyHash) = await LoadTaggerAsync(cancellationToken);
        // An index of another schema or analyzer is rebuilt in full: its records may not even read as today's.
        var previous = full || target.Info is not { } served || served.SchemaVersion != StatementFields.SchemaVersion || served.AnalyzerVersion != TextAnalyzer.Version
            ? null
            : target.Catalog(withFiles: true);
        var discovered = Discover(previous);
        Report(IndexingStage.Discovering, discovered.Count, discovered.Count);

        var sameVersions = previous is not null && previous.SameVersions(taxonomyHash);
        if (sameVersions && previous!.SameFiles(discovered))
        {
            Report(IndexingStage.Done, discovered.Count, discovered.Count);
            return new BuildSummary(previous.Info!.Statements, previous.Info.Files, previous.Info.Failed, discovered.Count, clock.Elapsed,
                previous.Info.FileName, Changed: false, previous.Failures);
        }

        // Extract, tag and write a chunk at a time (FolderBuild): unchanged files are not read again, unchanged statements
        // not written again; one commit publishes the whole.
        await using var extractor = new DocumentExtractor(options.Extraction);
        var build = new FolderBuild(discovered, previous, sameVersions, tagger, extractor, options.Parallelism, progress, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => build.ProduceAsync(stop.Token), CancellationToken.None);
        BuildInfo? info = null;
        List<IndexFailure> failures = [];
        try
        {
            await Task.Run(() => target.Write((writer, _) =>
            {
                build.Write(writer, stop.Token);
                // What failed while extracting or tagging rolls the build back, as a failure of the writer does.
                producing.GetAwaiter().GetResult();
                var removed = build.Removed();
                foreach (var id in removed)
                {
                    StatementFields.Delete(writer, id);
                }
                failures = build.Failures();
                info = new BuildInfo
                {
                    FileName = "",
                    SchemaVersion = StatementFields.SchemaVersion,
                    AnalyzerVersion = TextAnalyzer.Version,
                    BuiltAt = DateTimeOffset.UtcNow,
                    Mode = full || previous is null ? "full" : removed.Count == 0 && !build.Replaces ? "append" : "update",
                    Statements = build.Statements,
                    Files = build.StatementFiles,
                    Failed = failures.Count,
                    Unchanged = build.Unchanged,
                    TaxonomyHash = taxonomyHash,
                };
                Report(IndexingStage.Writing, discovered.Count, discovered.Count);
            }, () => (info! with { Seconds = clock.Elapsed.TotalSeconds }).ToUserData(failures), create: full || previous is null), CancellationToken.None);
        }
        catch
        {
            stop.Cancel();
            try
            {
                await producing;
            }
            catch (Exception) when (producing.IsFaulted || producing.IsCanceled)
            {
                // Stopped because the writer failed, or the failure the writer reported: the one thrown below.
            }
            throw;
        }
        Report(IndexingStage.Done, info!.Statements, info.Statements);
        return new BuildSummary(info.Statements, info.Files, failures.Count, info.Unchanged, clock.Elapsed, target.Info?.FileName ?? "", Changed: true, failures);
    }

    /// <summary>Every statement file under the source folder, sorted; hashes are reused when size and time are unchanged.</summary>
    private List<SourceFile> Discover(IndexCatalog? previous)
    {
        var root = Path.GetFullPath(options.SourceDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The statements folder {root} does not exist.");
        }
        var files = new List<SourceFile>();
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(root, "*", enumeration))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')) || !StatementExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                continue;
            }
            var info = new FileInfo(path);
            var modified = new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds();
            var hash = previous?.KnownHash(relative, info.Length, modified) ?? HashFile(path);
            var sidecarPath = StatementSidecar.CandidatePaths(path).FirstOrDefault(File.Exists);
            var sidecarHash = sidecarPath is null ? null : Hash(File.ReadAllBytes(sidecarPath));
            files.Add(new SourceFile(path, relative, hash, info.Length, modified, sidecarHash));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    /// <summary>An HTML page and the PDFs it links inside the folder are one statement; every other file stands alone.</summary>
    private static List<List<int>> Group(List<SourceFile> files, ExtractedDocument[] extracted)
    {
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            byPath[files[i].RelativePath] = i;
        }
        var owner = new int?[files.Count];
        var groups = new List<List<int>>();
        for (var i = 0; i < files.Count; i++)
        {
            if (extracted[i].Format != DocumentFormat.Html || !Indexable(extracted[i]))
            {
                continue;
            }
            var group = new List<int> { i };
            owner[i] = i;
            foreach (var link in extracted[i].PdfLinks)
            {
                if (ResolveLink(files[i].RelativePath, link) is { } target && byPath.TryGetValue(target, out var pdf)
                    && owner[pdf] is null && extracted[pdf].Format == DocumentFormat.Pdf && Indexable(extracted[pdf]))
                {
                    owner[pdf] = i;
                    group.Add(pdf);
                }
            }
            groups.Add(group);
        }
        for (var i = 0; i < files.Count; i++)
        {
            if (owner[i] is null && Indexable(extracted[i]))
            {
                groups.Add([i]);
            }
        }
        return groups;
    }

    /// <summary>A ".pdf" that is not a PDF (an HTML page or an archive renamed) is refused, not read as something else.</summary>
    internal static ExtractedDocument RefuseMismatch(string relativePath, ExtractedDocument document)
    {
        var isPdfName = relativePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (document.Format == DocumentFormat.Pdf && !isPdfName || document.Format != DocumentFormat.Pdf && isPdfName && document.Status != ExtractionStatus.Empty)
        {
            return new ExtractedDocument
            {
                Format = DocumentFormat.Unknown,
                Status = ExtractionStatus.NotSupported,
                Detail = isPdfName ? "the file is named .pdf but is not a PDF (no %PDF- header)" : "the file is a PDF but not named .pdf",
            };
        }
        return document;
    }

    /// <summary>A file that is not a statement at all (empty, not a PDF or HTML page) is only a failure.</summary>
    internal static bool Indexable(ExtractedDocument document) =>
        document.Format is DocumentFormat.Pdf or DocumentFormat.Html && document.Status is not (ExtractionStatus.Empty or ExtractionStatus.NotSupported);

    internal static string? ResolveLink(string pageRelativePath, string href)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var clean = Uri.UnescapeDataString(href.Split('#', '?')[0]);
        var baseDir = Path.GetDirectoryName(pageRelativePath)?.Replace('\\', '/') ?? "";
        var parts = new List<string>(baseDir.Length == 0 ? [] : baseDir.Split('/'));
        foreach (var part in clean.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    internal static StatementRecord Tag(Tagger tagger, List<int> group, List<SourceFile> files, ExtractedDocument[] extracted)
    {
        var primary = extracted[group[0]];
        var pdfs = group.Skip(1).Select(i => extracted[i]).ToList();
        // A news page with its declaration: the page gives title and date; the declaration its masthead and its text.
        var combined = pdfs.Count == 0 ? primary : primary with
        {
            Masthead = primary.Masthead ?? pdfs.Select(p => p.Masthead).FirstOrDefault(m => m is not null),
            Pages = [.. primary.Pages, .. pdfs.SelectMany(p => p.Pages).Select((p, n) => p with { Number = primary.Pages.Count + n + 1 })],
        };
        var sidecar = group.Select(i => StatementSidecar.TryLoad(files[i].FullPath, out _)).FirstOrDefault(s => s is not null);
        var tags = tagger.Tag(combined, sidecar);
        if (string.IsNullOrWhiteSpace(tags.Title))
        {
            tags = tags with { Title = TitleFromFileName(files[group[0]].RelativePath) };
        }
        var indexedFiles = group.Select((i, n) => new IndexedFile
        {
            Number = n + 1,
            Path = files[i].RelativePath,
            Hash = files[i].Hash,
            Size = files[i].Size,
            ModifiedUnixSeconds = files[i].ModifiedUnixSeconds,
            SidecarHash = files[i].SidecarHash,
            Extracted = extracted[i],
        }).ToList();
        return new StatementRecord
        {
            Id = IdOf(files[group[0]].RelativePath),
            Tags = tags,
            Files = indexedFiles,
            VersionGroup = tags.Symbol is null ? null : UnSymbol.BaseSymbol(tags.Symbol),
        };
    }

    /// <summary>The statement id: its main file's path without extension, slashes as hyphens (stable across builds).</summary>
    internal static string IdOf(string relativePath)
    {
        var withoutExtension = relativePath[..^Path.GetExtension(relativePath).Length];
        var chars = withoutExtension.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TitleFromFileName(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath).Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? relativePath : char.ToUpperInvariant(name[0]) + name[1..];
    }

    internal static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    internal sealed record SourceFile(string FullPath, string RelativePath, string Hash, long Size, long ModifiedUnixSeconds, string? SidecarHash);
}

/// <summary>What a build reports when it is done.</summary>
public sealed record BuildSummary(int Statements, int Files, int Failed, int Unchanged, TimeSpan Elapsed, string IndexFile, bool Changed, IReadOnlyList<IndexFailure> Failures)
{
    public string Line => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"indexed {Statements} statements ({Files} files), {Failed} failed, {Unchanged} unchanged in {Elapsed.TotalSeconds:0.0} s");
}

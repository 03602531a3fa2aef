using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Builds the index from the statements folder: discover → extract → tag → index, then verify and publish.
/// Incremental by default (files with the same content hash reuse their extracted text); single-flight within
/// the process and across processes; a failed or cancelled build leaves the live index serving.
/// </summary>
public sealed class StatementIndexer(IndexerOptions options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcessLocks = new(StringComparer.Ordinal);
    private static readonly string[] StatementExtensions = [".pdf", ".html", ".htm"];

    // The append that published the live index, when this indexer made it: what the next spare is made from (read and
    // written only while holding the build lock).
    private AppendReplay? _lastAppend;

    public Task<BuildSummary> BuildAsync(bool full, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LockedAsync(store => RunAsync(store, full, progress, cancellationToken), cancellationToken);

    /// <summary>
    /// Adds files just put in the statements folder (paths relative to it), as a publication does: when they are new
    /// statements of their own, they are appended to the live index without going over the folder again; otherwise
    /// (a file the index already holds, a page linking a PDF it holds, a file that fails) this is an updating build.
    /// </summary>
    public Task<BuildSummary> PublishAsync(IReadOnlyCollection<string> added, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(added);
        return LockedAsync(async store => await TryAppendNamedAsync(store, added, progress, cancellationToken)
            ?? await RunAsync(store, full: false, progress, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Prepares the spare copy of the live index that the next publication appends to, unless a build holds the index:
    /// when this indexer's last build was an append, from the file it superseded (<see cref="IndexBuild.TryRecycle"/>),
    /// else by copying the live file (<see cref="IndexStore.PrepareSpare"/>). Says how a spare is there, if one is.
    /// </summary>
    public SpareOutcome PrepareSpare(CancellationToken cancellationToken = default)
    {
        var store = new IndexStore(options.IndexDirectory);
        var gate = InProcessLocks.GetOrAdd(store.Directory, _ => new SemaphoreSlim(1, 1));
        if (!gate.Wait(0, cancellationToken))
        {
            return SpareOutcome.None;
        }
        try
        {
            using var fileLock = store.TryLock();
            if (fileLock is null)
            {
                return SpareOutcome.None;
            }
            var lastAppend = _lastAppend;
            _lastAppend = null;
            return store.HasSpare() ? SpareOutcome.Kept
                : lastAppend is not null && IndexBuild.TryRecycle(store, lastAppend, cancellationToken) ? SpareOutcome.Rewritten
                : store.PrepareSpare(cancellationToken) ? SpareOutcome.Copied
                : SpareOutcome.None;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<BuildSummary> LockedAsync(Func<IndexStore, Task<BuildSummary>> build, CancellationToken cancellationToken)
    {
        var store = new IndexStore(options.IndexDirectory);
        var gate = InProcessLocks.GetOrAdd(store.Directory, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, cancellationToken))
        {
            throw new BuildAlreadyRunningException("A build is already running in this process.");
        }
        try
        {
            using var fileLock = store.TryLock()
                ?? throw new BuildAlreadyRunningException(store.LockHolder() is { } holder
                    ? $"A build is already running (process {holder})."
                    : "A build is already running.");
            store.CleanUp();
            var summary = await build(store);
            if (summary.Changed)
            {
                _lastAppend = summary.Replay;
            }
            return summary;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>True while a build holds this index directory (in this process or another).</summary>
    public bool IsRunning
    {
        get
        {
            var store = new IndexStore(options.IndexDirectory);
            return InProcessLocks.TryGetValue(store.Directory, out var gate) && gate.CurrentCount == 0 || store.IsLockHeld();
        }
    }

    /// <summary>
    /// The named files appended to the live index as new statements, or null when they cannot be (see
    /// <see cref="PublishAsync"/>): then nothing was written and an updating build does the work.
    /// </summary>
    private async Task<BuildSummary?> TryAppendNamedAsync(IndexStore store, IReadOnlyCollection<string> added, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new IndexingProgress(IndexingStage.Discovering, 0, added.Count, null, clock.Elapsed));
        var (taxonomy, taxonomyHash) = await LoadTaxonomyAsync(cancellationToken);
        using var previous = PreviousBuild.Open(store, readFiles: false);
        if (previous is null || previous.Info.SchemaVersion != IndexSchema.Version || previous.Info.AnalyzerVersion != TextAnalyzer.Version
            || previous.Info.TaxonomyHash != taxonomyHash || added.Count == 0)
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
                || previous.Holds(relative))
            {
                return null;
            }
            var info = new FileInfo(path);
            var sidecarPath = StatementSidecar.CandidatePaths(path).FirstOrDefault(File.Exists);
            files.Add(new SourceFile(path, relative, HashFile(path), info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds(),
                sidecarPath is null ? null : Hash(await File.ReadAllBytesAsync(sidecarPath, cancellationToken))));
        }
        var extractor = new DocumentExtractor(options.Extraction);
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
            if (extracted[i].PdfLinks.Select(link => ResolveLink(files[i].RelativePath, link)).Any(target =>
                    target is not null && !named.Contains(target) && File.Exists(Path.Combine(root, target))))
            {
                return null;
            }
            if (extracted[i].Format == DocumentFormat.Pdf && previous.MayLinkTo(Path.GetFileName(files[i].RelativePath)))
            {
                return null;
            }
        }
        var groups = Group(files, extracted);
        var ids = groups.Select(g => IdOf(files[g[0]].RelativePath)).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || ids.Any(previous.HoldsStatement))
        {
            return null;
        }
        var tagger = new Tagger(taxonomy);
        progress?.Report(new IndexingProgress(IndexingStage.Tagging, 0, groups.Count, null, clock.Elapsed));
        var records = groups.Select(group => Tag(tagger, group, files, extracted)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        progress?.Report(new IndexingProgress(IndexingStage.Writing, 0, records.Count, null, clock.Elapsed));
        return IndexBuild.AppendAndPublish(store, previous.Path, _lastAppend, records, previous.Failures(), previous.Info.Files, taxonomyHash, clock, progress, cancellationToken);
    }

    private async Task<(Taxonomy Taxonomy, string Hash)> LoadTaxonomyAsync(CancellationToken cancellationToken)
    {
        var taxonomyPath = Path.Combine(options.SourceDirectory, "taxonomy.json");
        return File.Exists(taxonomyPath)
            ? (Taxonomy.Load(taxonomyPath), Hash(await File.ReadAllBytesAsync(taxonomyPath, cancellationToken)))
            : (Taxonomy.Default, "default");
    }

    private async Task<BuildSummary> RunAsync(IndexStore store, bool full, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Report(IndexingStage stage, int done, int total, string? file = null) =>
            progress?.Report(new IndexingProgress(stage, done, total, file, clock.Elapsed));

        Report(IndexingStage.Discovering, 0, 0);
        var (taxonomy, taxonomyHash) = await LoadTaxonomyAsync(cancellationToken);
        using var previous = full ? null : PreviousBuild.Open(store);
        var discovered = Discover(previous);
        Report(IndexingStage.Discovering, discovered.Count, discovered.Count);

        var reusable = previous is not null && previous.Info.SchemaVersion == IndexSchema.Version;
        var sameVersions = reusable && previous!.Info.AnalyzerVersion == TextAnalyzer.Version && previous.Info.TaxonomyHash == taxonomyHash;
        if (sameVersions && previous!.SameFiles(discovered))
        {
            Report(IndexingStage.Done, discovered.Count, discovered.Count);
            return new BuildSummary(previous.Info.Statements, previous.Info.Files, previous.Info.Failed, discovered.Count, clock.Elapsed,
                previous.Info.FileName, Changed: false, previous.Failures());
        }

        // Extract what changed; reuse the rest (what it extracted to now, its text only if it has to be written again).
        var extracted = new ExtractedDocument[discovered.Count];
        var reused = new bool[discovered.Count];
        var unchanged = 0;
        var toExtract = new List<int>();
        for (var i = 0; i < discovered.Count; i++)
        {
            if (reusable && previous!.TryReuse(discovered[i]) is { } old)
            {
                extracted[i] = old;
                reused[i] = true;
                unchanged++;
            }
            else
            {
                toExtract.Add(i);
            }
        }
        var extractor = new DocumentExtractor(options.Extraction);
        var done = 0;
        Report(IndexingStage.Extracting, 0, toExtract.Count);
        await Parallel.ForEachAsync(toExtract, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                extracted[i] = RefuseMismatch(discovered[i].RelativePath, await extractor.ExtractAsync(discovered[i].FullPath, ct));
                Report(IndexingStage.Extracting, Interlocked.Increment(ref done), toExtract.Count, discovered[i].RelativePath);
            });

        var failures = new List<IndexFailure>();
        for (var i = 0; i < discovered.Count; i++)
        {
            if (extracted[i].Status != ExtractionStatus.Extracted)
            {
                failures.Add(new IndexFailure(discovered[i].RelativePath, extracted[i].Status, extracted[i].Detail, discovered[i].Hash));
            }
        }
        var groups = Group(discovered, extracted);
        var tagger = new Tagger(taxonomy);
        if (sameVersions && previous!.AddedOnly(groups, discovered, reused) is { } added)
        {
            // Only new statements (a publication): tag those and append them to a copy of the live index; the
            // statements it holds are the same files tagged by the same taxonomy, so they are not read again.
            Report(IndexingStage.Tagging, 0, added.Count);
            var records = added.Select(group => Tag(tagger, group, discovered, extracted)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            Report(IndexingStage.Writing, 0, records.Count);
            return IndexBuild.AppendAndPublish(store, previous.Path, _lastAppend, records, failures, unchanged, taxonomyHash, clock, progress, cancellationToken);
        }

        Report(IndexingStage.Tagging, 0, discovered.Count);
        for (var i = 0; i < discovered.Count; i++)
        {
            if (reused[i])
            {
                cancellationToken.ThrowIfCancellationRequested();
                extracted[i] = previous!.TryPagesOf(discovered[i]) is { } pages
                    ? extracted[i] with { Pages = pages }
                    // A damaged previous index: extract the file again.
                    : RefuseMismatch(discovered[i].RelativePath, await extractor.ExtractAsync(discovered[i].FullPath, cancellationToken));
            }
        }
        var statements = groups
            .Select(group => Tag(tagger, group, discovered, extracted))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

        Report(IndexingStage.Writing, 0, statements.Count);
        var writing = statements.Select((s, n) =>
        {
            if (n % 100 == 0)
            {
                Report(IndexingStage.Writing, n, statements.Count, s.Files[0].Path);
            }
            return s;
        });
        return IndexBuild.WriteAndPublish(store, writing, failures, full ? "full" : "update", options.SpareBeforePublishing, unchanged, taxonomyHash, clock,
            progress, cancellationToken);
    }

    /// <summary>Every statement file under the source folder, sorted; hashes are reused when size and time are unchanged.</summary>
    private List<SourceFile> Discover(PreviousBuild? previous)
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
    private static ExtractedDocument RefuseMismatch(string relativePath, ExtractedDocument document)
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
    private static bool Indexable(ExtractedDocument document) =>
        document.Format is DocumentFormat.Pdf or DocumentFormat.Html && document.Status is not (ExtractionStatus.Empty or ExtractionStatus.NotSupported);

    private static string? ResolveLink(string pageRelativePath, string href)
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

    private static StatementRecord Tag(Tagger tagger, List<int> group, List<SourceFile> files, ExtractedDocument[] extracted)
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

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    internal sealed record SourceFile(string FullPath, string RelativePath, string Hash, long Size, long ModifiedUnixSeconds, string? SidecarHash);

    /// <summary>The live index read back for an incremental build: which files it holds and what they extracted to.</summary>
    private sealed class PreviousBuild : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, (string Hash, long Size, long Modified, string? Sidecar, string Extracted, long Statement, int Number)> _files;

        private PreviousBuild(SqliteConnection connection, BuildInfo info, string path, bool readFiles)
        {
            _connection = connection;
            Info = info;
            Path = path;
            _files = new(StringComparer.Ordinal);
            if (!readFiles)
            {
                return;
            }
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT path, hash, size, mtime, sidecar_hash, extracted, statement, number FROM files";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _files[reader.GetString(0)] = (reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.GetInt32(7));
            }
        }

        public BuildInfo Info { get; }

        /// <summary>The live index file this build was read from.</summary>
        public string Path { get; }

        /// <param name="readFiles">Read every file's record now (a build over the whole folder); without, only what is asked.</param>
        public static PreviousBuild? Open(IndexStore store, bool readFiles = true)
        {
            var path = store.CurrentPath();
            if (path is null || !File.Exists(path))
            {
                return null;
            }
            SqliteConnection? connection = null;
            try
            {
                connection = IndexConnections.OpenReadOnly(path);
                return new PreviousBuild(connection, BuildInfo.Read(connection, System.IO.Path.GetFileName(path)), path, readFiles);
            }
            catch (Exception e) when (e is SqliteException or FormatException or InvalidOperationException)
            {
                // A damaged live index cannot be reused: everything is extracted again.
                connection?.Dispose();
                return null;
            }
        }

        /// <summary>
        /// The groups of files (statements to be) that are new, when every statement this build holds is among
        /// <paramref name="groups"/> with exactly the same files, unchanged and in the same order; null when any
        /// statement changed, went away, or gained or lost a file. Tagging depends only on a statement's own files,
        /// its sidecar and the taxonomy, so such a statement would be written exactly as it is stored.
        /// </summary>
        public List<List<int>>? AddedOnly(List<List<int>> groups, List<SourceFile> files, bool[] reused)
        {
            var added = new List<List<int>>();
            var kept = new HashSet<long>();
            var sizes = _files.Values.GroupBy(f => f.Statement).ToDictionary(g => g.Key, g => g.Count());
            foreach (var group in groups)
            {
                if (group.All(i => !reused[i]))
                {
                    added.Add(group);
                    continue;
                }
                long? statement = null;
                for (var n = 0; n < group.Count; n++)
                {
                    var file = files[group[n]];
                    if (!reused[group[n]] || !_files.TryGetValue(file.RelativePath, out var old) || old.Number != n + 1
                        || old.Sidecar != file.SidecarHash || (statement ??= old.Statement) != old.Statement)
                    {
                        return null;
                    }
                }
                if (sizes[statement!.Value] != group.Count || !kept.Add(statement.Value))
                {
                    return null;
                }
            }
            return kept.Count == Convert.ToInt32(IndexGeneration.Scalar(_connection, "SELECT count(*) FROM statements"), System.Globalization.CultureInfo.InvariantCulture) ? added : null;
        }

        /// <summary>True when the index holds <paramref name="relativePath"/>, as a statement's file or as a failure.</summary>
        public bool Holds(string relativePath) =>
            Exists("SELECT 1 FROM files WHERE path = $v UNION ALL SELECT 1 FROM failures WHERE path = $v", relativePath);

        public bool HoldsStatement(string id) => Exists("SELECT 1 FROM statements WHERE id = $v", id);

        /// <summary>
        /// True when a page the index holds may link a PDF named <paramref name="fileName"/>: its stored links mention the
        /// name, or the name has characters a link or the stored JSON may spell otherwise (escaped), so no search can tell.
        /// </summary>
        public bool MayLinkTo(string fileName) =>
            !fileName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            || Exists("SELECT 1 FROM files WHERE format = 'Html' AND instr(extracted, $v) > 0", fileName);

        private bool Exists(string sql, string value)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$v", value);
            return command.ExecuteScalar() is not null;
        }

        public string? KnownHash(string relativePath, long size, long modified) =>
            _files.TryGetValue(relativePath, out var f) && f.Size == size && f.Modified == modified ? f.Hash : null;

        /// <summary>True when the folder holds exactly the files of this build, unchanged (sidecars included).</summary>
        public bool SameFiles(List<SourceFile> files)
        {
            var failedOnly = Failures().Where(f => !_files.ContainsKey(f.Path)).ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal);
            if (files.Count != _files.Count + failedOnly.Count)
            {
                return false;
            }
            return files.All(f => _files.TryGetValue(f.RelativePath, out var old)
                ? old.Hash == f.Hash && old.Sidecar == f.SidecarHash
                : failedOnly.TryGetValue(f.RelativePath, out var hash) && hash == f.Hash);
        }

        /// <summary>What an unchanged file extracted to, without its text (<see cref="TryPagesOf"/> reads that when needed).</summary>
        public ExtractedDocument? TryReuse(SourceFile file)
        {
            try
            {
                return Reuse(file);
            }
            catch (Exception e) when (e is SqliteException or JsonException)
            {
                // A damaged previous index: extract the file again.
                return null;
            }
        }

        private ExtractedDocument? Reuse(SourceFile file)
        {
            if (!_files.TryGetValue(file.RelativePath, out var old) || old.Hash != file.Hash)
            {
                return null;
            }
            var document = JsonSerializer.Deserialize<ExtractedDocument>(old.Extracted, IndexWriter.Json);
            if (document is null)
            {
                return null;
            }
            return document with { Pages = [] };
        }

        /// <summary>The stored text of a file this build holds, page by page; null when it cannot be read.</summary>
        public List<ExtractedPage>? TryPagesOf(SourceFile file)
        {
            try
            {
                return PagesOf(file);
            }
            catch (Exception e) when (e is SqliteException or InvalidDataException)
            {
                return null;
            }
        }

        private List<ExtractedPage> PagesOf(SourceFile file)
        {
            var old = _files[file.RelativePath];
            var pages = new List<ExtractedPage>();
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT page, text FROM pages WHERE statement = $s AND file = $f ORDER BY page";
            command.Parameters.AddWithValue("$s", old.Statement);
            command.Parameters.AddWithValue("$f", old.Number);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                pages.Add(new ExtractedPage(reader.GetInt32(0), PageText.Read(reader, 1)));
            }
            return pages;
        }

        public IReadOnlyList<IndexFailure> Failures()
        {
            var failures = new List<IndexFailure>();
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT path, status, detail, hash FROM failures";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                failures.Add(new IndexFailure(reader.GetString(0), Enum.Parse<ExtractionStatus>(reader.GetString(1)), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
            return failures;
        }

        public void Dispose()
        {
            _connection.Dispose();
            SqliteConnection.ClearPool(_connection);
        }
    }
}

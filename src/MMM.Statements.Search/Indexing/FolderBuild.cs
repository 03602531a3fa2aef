using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Search.Mapping;
using MMM.Statements.Tagging;
using SourceFile = MMM.Statements.Search.Indexing.StatementIndexer.SourceFile;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// One build of the whole statements folder, streamed: files are extracted, grouped into statements and tagged a chunk
/// at a time while the writer adds the statements of the chunks before, so that a build holds the texts of a few
/// hundred statements rather than of the whole folder (holding them all left the site 2.3 GB resident after a build of
/// 100k, docs/benchmarks.md), and writing overlaps extracting and tagging. The work of both sides takes at most
/// <see cref="IndexerOptions.Parallelism"/> cores at once.
/// </summary>
/// <remarks>
/// Statements are formed as <see cref="StatementIndexer"/>'s grouping forms them: the HTML pages in path order, each
/// taking the PDFs it links that no earlier page took; then every PDF no page took, alone.
/// </remarks>
internal sealed class FolderBuild
{
    /// <summary>Files extracted, then statements tagged, at once; as many tagged statements wait for the writer.</summary>
    private const int Chunk = 128;

    private readonly List<SourceFile> _files;
    private readonly IndexCatalog? _previous;
    private readonly bool _sameVersions;
    private readonly Tagger _tagger;
    private readonly DocumentExtractor _extractor;
    private readonly int _parallelism;
    private readonly Reporter _report;
    private readonly Dictionary<string, int> _byPath;
    private readonly ExtractedDocument[] _extracted;
    private readonly bool[] _reused;
    private readonly int?[] _owner;
    private readonly SemaphoreSlim _cores;
    private readonly BlockingCollection<(StatementRecord Record, int Files)> _ready = new(boundedCapacity: Chunk);
    private readonly HashSet<string> _keep = new(StringComparer.Ordinal);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly int _unchanged;
    private int _records;
    private int _statementFiles;

    public FolderBuild(List<SourceFile> files, IndexCatalog? previous, bool sameVersions, Tagger tagger, DocumentExtractor extractor,
        int parallelism, IProgress<IndexingProgress>? progress, Stopwatch clock)
    {
        _files = files;
        _previous = previous;
        _sameVersions = sameVersions;
        _tagger = tagger;
        _extractor = extractor;
        _parallelism = Math.Max(1, parallelism);
        _cores = new SemaphoreSlim(_parallelism, _parallelism);
        _byPath = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            _byPath[files[i].RelativePath] = i;
        }
        _extracted = new ExtractedDocument[files.Count];
        _reused = new bool[files.Count];
        _owner = new int?[files.Count];
        // An unchanged file is taken from the serving commit, without its text (read back only if it is written again).
        for (var i = 0; i < files.Count; i++)
        {
            if (previous?.TryReuse(files[i]) is { } old)
            {
                _extracted[i] = old;
                _reused[i] = true;
                _unchanged++;
            }
        }
        _report = new Reporter(progress, clock, files.Count - _unchanged, files.Count);
        _report.Written(Enumerable.Range(0, files.Count).Count(i => _reused[i] && !StatementIndexer.Indexable(_extracted[i])), null);
    }

    /// <summary>Files whose text was reused from the serving commit.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Statements in the index once this build is committed.</summary>
    public int Statements => _keep.Count + _records;

    /// <summary>Files of those statements.</summary>
    public int StatementFiles => _statementFiles;

    /// <summary>True when a statement written replaced one of the serving commit (the build is an update, not an append).</summary>
    public bool Replaces => _previous is not null && _written.Any(_previous.StatementIds.Contains);

    /// <summary>Extracts, groups and tags the folder for <see cref="Write"/>; ends the writer's queue however it ends.</summary>
    public async Task ProduceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pages = Enumerable.Range(0, _files.Count).Where(i => !IsPdfName(i)).ToList();
            foreach (var chunk in pages.Chunk(Chunk))
            {
                await ExtractAsync(chunk.Where(i => _extracted[i] is null), cancellationToken);
                // The PDFs the chunk's pages link are read before any is given to a page: a page takes only a readable PDF.
                await ExtractAsync(chunk.Where(i => IsStatementPage(i)).SelectMany(LinkedPdfs).Distinct().Where(p => _extracted[p] is null), cancellationToken);
                var groups = new List<List<int>>();
                foreach (var page in chunk.Where(IsStatementPage))
                {
                    var group = new List<int> { page };
                    foreach (var pdf in LinkedPdfs(page))
                    {
                        if (_owner[pdf] is null && _extracted[pdf].Format == DocumentFormat.Pdf && StatementIndexer.Indexable(_extracted[pdf]))
                        {
                            _owner[pdf] = page;
                            group.Add(pdf);
                        }
                    }
                    groups.Add(group);
                }
                await TagAsync(groups, cancellationToken);
            }
            var alone = Enumerable.Range(0, _files.Count).Where(i => IsPdfName(i) && _owner[i] is null).ToList();
            foreach (var chunk in alone.Chunk(Chunk))
            {
                await ExtractAsync(chunk.Where(i => _extracted[i] is null), cancellationToken);
                await TagAsync(chunk.Where(i => StatementIndexer.Indexable(_extracted[i])).Select(i => new List<int> { i }).ToList(), cancellationToken);
            }
        }
        finally
        {
            _ready.CompleteAdding();
        }
    }

    /// <summary>Writes the statements <see cref="ProduceAsync"/> hands over, in its order, until it is done.</summary>
    public void Write(IndexWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (record, files) in _ready.GetConsumingEnumerable(cancellationToken))
        {
            _cores.Wait(cancellationToken);
            try
            {
                StatementFields.Write(writer, record);
            }
            finally
            {
                _cores.Release();
            }
            _written.Add(record.Id);
            _report.Written(files, record.Files[0].Path);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Statements of the serving commit that this build neither kept nor wrote again.</summary>
    public List<string> Removed() =>
        _previous?.StatementIds.Where(id => !_keep.Contains(id) && !_written.Contains(id)).ToList() ?? [];

    /// <summary>The files that did not give a statement, in path order.</summary>
    public List<IndexFailure> Failures()
    {
        var failures = new List<IndexFailure>();
        for (var i = 0; i < _files.Count; i++)
        {
            if (_extracted[i].Status != ExtractionStatus.Extracted)
            {
                failures.Add(new IndexFailure(_files[i].RelativePath, _extracted[i].Status, _extracted[i].Detail, _files[i].Hash));
            }
        }
        return failures;
    }

    private bool IsPdfName(int i) => _files[i].RelativePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private bool IsStatementPage(int i) => _extracted[i].Format == DocumentFormat.Html && StatementIndexer.Indexable(_extracted[i]);

    private IEnumerable<int> LinkedPdfs(int page) =>
        _extracted[page].PdfLinks
            .Select(link => StatementIndexer.ResolveLink(_files[page].RelativePath, link))
            .Select(path => path is not null && _byPath.TryGetValue(path, out var i) && IsPdfName(i) ? i : -1)
            .Where(i => i >= 0);

    /// <summary>Reads these files (changed or new: the constructor took the unchanged ones from the serving commit).</summary>
    private Task ExtractAsync(IEnumerable<int> indexes, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            await _cores.WaitAsync(ct);
            try
            {
                _extracted[i] = StatementIndexer.RefuseMismatch(_files[i].RelativePath, await _extractor.ExtractAsync(_files[i].FullPath, ct));
            }
            finally
            {
                _cores.Release();
            }
            _report.Extracted(_files[i].RelativePath);
            if (!StatementIndexer.Indexable(_extracted[i]))
            {
                _report.Written(1, null);
            }
        });

    /// <summary>Tags the statements that changed and queues them for the writer; keeps the unchanged ones as they are.</summary>
    private async Task TagAsync(List<List<int>> groups, CancellationToken cancellationToken)
    {
        var changed = new List<List<int>>(groups.Count);
        foreach (var group in groups)
        {
            var id = StatementIndexer.IdOf(_files[group[0]].RelativePath);
            _statementFiles += group.Count;
            if (_sameVersions && _previous!.Unchanged(id, group.Select(i => _files[i]).ToList(), group.Select(i => _reused[i]).ToList()))
            {
                _keep.Add(id);
                _report.Written(group.Count, null);
                continue;
            }
            foreach (var i in group.Where(i => _reused[i]))
            {
                _extracted[i] = _previous!.PagesOf(_files[i]) is { } pages
                    ? _extracted[i] with { Pages = pages }
                    // Its stored text cannot be read: extract the file again.
                    : StatementIndexer.RefuseMismatch(_files[i].RelativePath, await _extractor.ExtractAsync(_files[i].FullPath, cancellationToken));
            }
            changed.Add(group);
        }
        var records = new StatementRecord[changed.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, changed.Count), new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken },
            async (n, ct) =>
            {
                await _cores.WaitAsync(ct);
                try
                {
                    records[n] = StatementIndexer.Tag(_tagger, changed[n], _files, _extracted);
                }
                finally
                {
                    _cores.Release();
                }
            });
        for (var n = 0; n < records.Length; n++)
        {
            // The record holds the texts until it is written; what stays behind for the failures list is text-free.
            foreach (var i in changed[n])
            {
                _extracted[i] = _extracted[i] with { Pages = [] };
            }
            _records++;
            _ready.Add((records[n], changed[n].Count), cancellationToken);
        }
    }

    /// <summary>
    /// What the admin page is told: files extracted until the first statement is written, then files done (written,
    /// kept unchanged, or failed) out of the folder's, never going back.
    /// </summary>
    private sealed class Reporter(IProgress<IndexingProgress>? progress, Stopwatch clock, int toExtract, int files)
    {
        private readonly Lock _lock = new();
        private int _extracted;
        private int _done;
        private bool _writing;

        public void Extracted(string path)
        {
            lock (_lock)
            {
                _extracted++;
                if (!_writing)
                {
                    progress?.Report(new IndexingProgress(IndexingStage.Extracting, _extracted, toExtract, path, clock.Elapsed));
                }
            }
        }

        public void Written(int count, string? path)
        {
            lock (_lock)
            {
                _done += count;
                if (path is not null)
                {
                    _writing = true;
                }
                if (_writing)
                {
                    progress?.Report(new IndexingProgress(IndexingStage.Writing, _done, files, path, clock.Elapsed));
                }
            }
        }
    }
}

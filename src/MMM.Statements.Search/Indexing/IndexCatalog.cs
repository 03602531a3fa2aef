using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// The serving commit read back for an incremental build: which statements and files it holds, what each file
/// extracted to, and (on demand) the stored text of a file.
/// </summary>
internal sealed class IndexCatalog(BuildInfo info, IReadOnlyList<IndexFailure> failures, Dictionary<string, StoredStatement> statements,
    Func<string, List<(int File, int Page, string Text)>?> pagesOf)
{
    private readonly Dictionary<string, (StoredFile File, string Statement)> _files = statements.Values
        .SelectMany(s => s.Files.Select(f => (f, s.Id)))
        .GroupBy(p => p.f.Path, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public BuildInfo? Info { get; } = info;
    public IReadOnlyList<IndexFailure> Failures { get; } = failures;
    public IEnumerable<string> StatementIds => statements.Keys;

    public bool SameVersions(string taxonomyHash) =>
        Info is { } i && i.SchemaVersion == StatementFields.SchemaVersion && i.AnalyzerVersion == TextAnalyzer.Version && i.TaxonomyHash == taxonomyHash;

    public string? KnownHash(string relativePath, long size, long modified) =>
        _files.TryGetValue(relativePath, out var f) && f.File.Size == size && f.File.ModifiedUnixSeconds == modified ? f.File.Hash : null;

    /// <summary>True when the folder holds exactly the files of this commit, unchanged (sidecars included).</summary>
    public bool SameFiles(List<StatementIndexer.SourceFile> files)
    {
        var failedOnly = Failures.Where(f => !_files.ContainsKey(f.Path)).GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Hash, StringComparer.Ordinal);
        if (files.Count != _files.Count + failedOnly.Count)
        {
            return false;
        }
        return files.All(f => _files.TryGetValue(f.RelativePath, out var old)
            ? old.File.Hash == f.Hash && old.File.SidecarHash == f.SidecarHash
            : failedOnly.TryGetValue(f.RelativePath, out var hash) && hash == f.Hash);
    }

    /// <summary>What an unchanged file extracted to, without its text (<see cref="PagesOf"/> reads that when needed).</summary>
    public ExtractedDocument? TryReuse(StatementIndexer.SourceFile file) =>
        _files.TryGetValue(file.RelativePath, out var old) && old.File.Hash == file.Hash ? old.File.Extracted : null;

    /// <summary>True when statement <paramref name="id"/> is stored with exactly these files, unchanged and in this order.</summary>
    public bool Unchanged(string id, List<StatementIndexer.SourceFile> files, List<bool> reused)
    {
        if (!statements.TryGetValue(id, out var stored) || stored.Files.Count != files.Count)
        {
            return false;
        }
        for (var n = 0; n < files.Count; n++)
        {
            var old = stored.Files[n];
            if (!reused[n] || old.Path != files[n].RelativePath || old.Hash != files[n].Hash || old.SidecarHash != files[n].SidecarHash || old.Number != n + 1)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The stored text of a file this commit holds, page by page; null when it cannot be read.</summary>
    public List<ExtractedPage>? PagesOf(StatementIndexer.SourceFile file)
    {
        if (!_files.TryGetValue(file.RelativePath, out var old) || pagesOf(old.Statement) is not { } pages)
        {
            return null;
        }
        return pages.Where(p => p.File == old.File.Number).Select(p => new ExtractedPage(p.Page, p.Text)).ToList();
    }
}

using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests.Indexing;

/// <summary>
/// A test's own small statements folder copied from the sample corpus, its index folder beside it, and the indexer on
/// them (real files, real pdftotext), for <see cref="StatementIndexerTests"/> and <see cref="StatementPublishingTests"/>.
/// </summary>
public abstract class IndexerFolder : IDisposable
{
    private protected readonly string _root = TestPaths.NewTempDirectory("mmm-indexer");
    private protected readonly string _source;
    private protected readonly string _index;

    protected IndexerFolder()
    {
        _source = Path.Combine(_root, "statements");
        _index = Path.Combine(_root, "index");
        Directory.CreateDirectory(_source);
        File.Copy(Path.Combine(TestPaths.Statements, "taxonomy.json"), Path.Combine(_source, "taxonomy.json"));
        // A news page with the PDF declaration it links to, and a statement that stands alone.
        var linking = Directory.GetFiles(TestPaths.Statements, "*.html", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains(".pdf\"", StringComparison.Ordinal) && File.ReadAllText(f).Contains("Déclaration téléchargeable", StringComparison.Ordinal));
        CopyFromCorpus(linking);
        var html = File.ReadAllText(linking);
        var href = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]+\\.pdf)\"").Groups[1].Value;
        CopyFromCorpus(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(linking)!, href)));
        CopyFromCorpus(Directory.GetFiles(TestPaths.Statements, "*.pdf", SearchOption.AllDirectories).First(f => f.Contains("hrc", StringComparison.Ordinal)));
        LinkedPage = Path.GetRelativePath(TestPaths.Statements, linking).Replace('\\', '/');
    }

    private protected string LinkedPage { get; }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    private protected void CopyFromCorpus(string file)
    {
        var relative = Path.GetRelativePath(TestPaths.Statements, file);
        var target = Path.Combine(_source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }

    private protected StatementIndexer Indexer() => new(new IndexerOptions { SourceDirectory = _source, IndexDirectory = _index });

    private protected static string Page(string title, string body) =>
        $"<!doctype html><html lang=\"fr\"><head><title>{title}</title></head><body><article><h1>{title}</h1><p>12.01.26</p><p>{body}</p></article></body></html>";
}

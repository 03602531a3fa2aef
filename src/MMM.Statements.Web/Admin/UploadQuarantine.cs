using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Text;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Admin;

/// <summary>An upload waiting in quarantine for staff to check its fields and publish it.</summary>
public sealed record PendingUpload
{
    public required string Id { get; init; }

    /// <summary>The name the browser sent, shown to staff only; never used as a path.</summary>
    public required string OriginalName { get; init; }

    /// <summary>.pdf or .html, agreed with the bytes.</summary>
    public required string Extension { get; init; }

    public required long Size { get; init; }
    public required string UploadedBy { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required int PageCount { get; init; }

    /// <summary>What extraction and the tagger found, before any correction.</summary>
    public required StatementFields Detected { get; init; }

    /// <summary>The year folder when the fields give no date.</summary>
    public required int FallbackYear { get; init; }

    public string FirstPageText { get; init; } = "";

    /// <summary>An HTML page whose declared charset was wrong or unknown, and how it was read; null otherwise.</summary>
    public CharsetWarning? Charset { get; init; }

    /// <summary>Files of the corpus with exactly these bytes (paths relative to <c>statements/</c>).</summary>
    public IReadOnlyList<string> AlreadyInCorpus { get; init; } = [];
}

/// <summary>Why an upload was refused, with the extraction status when extraction was the reason.</summary>
public enum UploadRefusal
{
    None,
    Empty,
    TooLarge,
    ExtensionNotAllowed,
    ContentDoesNotMatchExtension,
    NotExtracted,
}

/// <summary>The outcome of receiving one file: a pending upload, or the reason it was refused.</summary>
public sealed record UploadResult(string OriginalName, PendingUpload? Pending, UploadRefusal Refusal, ExtractionStatus? Status = null, string Detail = "");

/// <summary>
/// The quarantine, <c>DataDirectory/uploads/&lt;random id&gt;/</c>: outside the corpus and the web root. A file is
/// checked there (size, magic bytes against extension, extraction) and waits for the preview; a refused file is
/// deleted at once, so nothing of it reaches <c>statements/</c>.
/// </summary>
public sealed class UploadQuarantine
{
    private const string FileStem = "upload";
    private const string PendingFile = "pending.json";
    private const int FirstPageChars = 4000;
    private const int MaxNameLength = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string root;
    private readonly string corpus;
    private readonly long maxBytes;
    private readonly Taxonomy taxonomy;
    private readonly TimeProvider time;

    public UploadQuarantine(StatementsOptions options, Taxonomy taxonomy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        root = Path.Combine(options.DataDirectory, "uploads");
        corpus = options.SourceDirectory;
        maxBytes = options.MaxUploadBytes;
        this.taxonomy = taxonomy;
        this.time = time;
    }

    /// <summary>Checks and extracts one uploaded file; on refusal nothing of it is kept.</summary>
    public async Task<UploadResult> ReceiveAsync(Stream content, long length, string originalName, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var shownName = DisplayName(originalName);
        if (length <= 0)
        {
            return new UploadResult(shownName, null, UploadRefusal.Empty);
        }
        if (length > maxBytes)
        {
            return new UploadResult(shownName, null, UploadRefusal.TooLarge);
        }
        var extension = Path.GetExtension(shownName).ToLowerInvariant();
        var promised = CorpusPaths.FormatOfExtension(extension);
        if (promised == DocumentFormat.Unknown)
        {
            return new UploadResult(shownName, null, UploadRefusal.ExtensionNotAllowed);
        }
        if (extension == ".htm")
        {
            extension = ".html";
        }

        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(root, id);
        Directory.CreateDirectory(folder);
        var keep = false;
        try
        {
            var path = Path.Combine(folder, FileStem + extension);
            long written;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await content.CopyToAsync(file, cancellationToken);
                written = file.Length;
            }
            if (written == 0)
            {
                return new UploadResult(shownName, null, UploadRefusal.Empty);
            }
            if (written > maxBytes)
            {
                return new UploadResult(shownName, null, UploadRefusal.TooLarge);
            }
            if (Sniff(path) != promised)
            {
                return new UploadResult(shownName, null, UploadRefusal.ContentDoesNotMatchExtension);
            }
            await using var extractor = new DocumentExtractor(new ExtractionOptions { MaxFileBytes = maxBytes });
            var document = await extractor.ExtractAsync(path, cancellationToken);
            if (document.Status != ExtractionStatus.Extracted)
            {
                return new UploadResult(shownName, null, UploadRefusal.NotExtracted, document.Status, document.Detail);
            }
            var tags = new Tagger(taxonomy).Tag(document, null);
            var charset = promised == DocumentFormat.Html ? HtmlDecoder.Decode(await File.ReadAllBytesAsync(path, cancellationToken))?.Charset : null;
            var firstPage = document.Pages.Count > 0 ? document.Pages[0].Text : "";
            var pending = new PendingUpload
            {
                Id = id,
                OriginalName = shownName,
                Extension = extension,
                Size = written,
                UploadedBy = user,
                UploadedAt = time.GetUtcNow(),
                PageCount = document.PageCount,
                Detected = StatementFields.From(tags),
                FallbackYear = tags.Year ?? time.GetUtcNow().Year,
                FirstPageText = firstPage.Length > FirstPageChars ? firstPage[..FirstPageChars] + " …" : firstPage,
                Charset = charset,
                AlreadyInCorpus = await CopiesInCorpusAsync(path, written, cancellationToken),
            };
            await File.WriteAllTextAsync(Path.Combine(folder, PendingFile), JsonSerializer.Serialize(pending, Json), cancellationToken);
            keep = true;
            return new UploadResult(shownName, pending, UploadRefusal.None);
        }
        finally
        {
            if (!keep)
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>The uploads waiting for a preview, oldest first.</summary>
    public IReadOnlyList<PendingUpload> List()
    {
        if (!Directory.Exists(root))
        {
            return [];
        }
        return Directory.EnumerateDirectories(root)
            .Select(d => Find(Path.GetFileName(d)))
            .OfType<PendingUpload>()
            .OrderBy(p => p.UploadedAt)
            .ToList();
    }

    /// <summary>The pending upload with this id, or null (unknown id, or an id that is not one of ours).</summary>
    public PendingUpload? Find(string? id)
    {
        if (!IsId(id))
        {
            return null;
        }
        var path = Path.Combine(root, id!, PendingFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<PendingUpload>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The quarantined file of a pending upload.</summary>
    public string FileOf(PendingUpload pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return Path.Combine(root, pending.Id, FileStem + pending.Extension);
    }

    public void Discard(string id)
    {
        if (IsId(id))
        {
            TryDelete(Path.Combine(root, id));
        }
    }

    /// <summary>
    /// The name shown to staff for what the browser sent: its last path segment (either slash), without control or
    /// bidi characters (U+202E makes <c>fdp.exe</c> look like <c>exe.pdf</c>; NUL cuts names short), NFC-normalised so
    /// that an "é" typed on a Mac is the same name, and at most 200 characters with its extension kept (a long name
    /// used to lose ".pdf" to the cut and be refused as a file of the wrong type).
    /// </summary>
    public static string DisplayName(string? originalName)
    {
        var name = originalName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = UnsafeCharacters.CleanLine(name).Normalize(NormalizationForm.FormC).Trim();
        if (name.Length <= MaxNameLength)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        var keep = MaxNameLength - (extension.Length <= 10 ? extension.Length : 0);
        if (char.IsHighSurrogate(name[keep - 1]))
        {
            keep--;
        }
        return name[..keep].TrimEnd() + (extension.Length <= 10 ? extension : "");
    }

    // Same size first, so that only a real candidate is read and hashed: the corpus may hold thousands of files.
    private async Task<IReadOnlyList<string>> CopiesInCorpusAsync(string path, long length, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(corpus))
        {
            return [];
        }
        var candidates = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => CorpusPaths.FormatOfExtension(Path.GetExtension(f)) != DocumentFormat.Unknown)
            .Where(f => !Path.GetRelativePath(corpus, f).StartsWith(CorpusPaths.TrashFolder, StringComparison.Ordinal))
            .Where(f => new FileInfo(f).Length == length)
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }
        var hash = await HashAsync(path, cancellationToken);
        var copies = new List<string>();
        foreach (var candidate in candidates)
        {
            if ((await HashAsync(candidate, cancellationToken)).AsSpan().SequenceEqual(hash))
            {
                copies.Add(Path.GetRelativePath(corpus, candidate).Replace('\\', '/'));
            }
        }
        return copies.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<byte[]> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await SHA256.HashDataAsync(stream, cancellationToken);
    }

    // Ids are ours (32 hex digits): anything else never reaches the file system.
    private static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private static DocumentFormat Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[FormatSniffer.HeadLength];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return FormatSniffer.Sniff(head.AsSpan(0, read));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover quarantine folder is outside the corpus and harmless.
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Search.Mapping;

/// <summary>
/// What a hit shows of a statement, stored with the statement and again with each of its asks (an ask's hit shows its
/// statement's facts without reading the statement's record).
/// </summary>
internal abstract record StatementSummary
{
    public required string Title { get; init; }
    public DateOnly? Date { get; init; }
    public int? Year { get; init; }
    public required string Language { get; init; }
    public string? Body { get; init; }
    public string? Session { get; init; }
    public string? Symbol { get; init; }
    public string? Type { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string> Partners { get; init; } = [];
}

/// <summary>
/// What the index stores of a statement besides its page texts: its tags and its files with what they extracted to
/// (without the text), so hits are shown and unchanged files reused without extracting them again.
/// </summary>
internal sealed record StoredStatement : StatementSummary
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Id { get; init; }
    public IReadOnlyList<string> CitedSymbols { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string? VersionGroup { get; init; }
    public IReadOnlyList<StoredFile> Files { get; init; } = [];

    /// <summary>What the statement asks for, each placed in its file (the tagger numbers the pages of all files in one run).</summary>
    public IReadOnlyList<AskEntry> Asks { get; init; } = [];

    public static StoredStatement From(StatementRecord record)
    {
        var tags = record.Tags;
        return new StoredStatement
        {
            Id = record.Id,
            Title = tags.Title,
            Date = tags.Date,
            Year = tags.Year,
            Language = tags.Language,
            Body = tags.Body,
            Session = tags.Session?.ToString(),
            Symbol = tags.Symbol,
            CitedSymbols = tags.CitedSymbols,
            Type = tags.Type,
            Location = tags.Location,
            Topics = tags.Topics,
            Partners = tags.Partners,
            VersionGroup = record.VersionGroup,
            Files = record.Files.Select(f => new StoredFile
            {
                Number = f.Number,
                Path = f.Path,
                Hash = f.Hash,
                Size = f.Size,
                ModifiedUnixSeconds = f.ModifiedUnixSeconds,
                SidecarHash = f.SidecarHash,
                // The page texts are stored as fields of their own; OcrPages stays, so the page can say which were recognised.
                Extracted = f.Extracted with { Pages = [] },
                PageCount = f.Extracted.Pages.Count,
            }).ToList(),
            Asks = tags.Asks.Select(a => Place(a, record.Files)).ToList(),
        };
    }

    private static AskEntry Place(StatementAsk ask, IReadOnlyList<IndexedFile> files)
    {
        var page = ask.Page;
        foreach (var file in files)
        {
            if (page <= file.Extracted.Pages.Count || file == files[^1])
            {
                return new AskEntry(ask.Number, ask.Text, file.Number, file.Extracted.Format == DocumentFormat.Pdf ? page : null, ask.Paragraph, ask.Topics);
            }
            page -= file.Extracted.Pages.Count;
        }
        return new AskEntry(ask.Number, ask.Text, 1, null, ask.Paragraph, ask.Topics);
    }

    public static StoredStatement Read(string json) =>
        JsonSerializer.Deserialize<StoredStatement>(json, Json) ?? throw new InvalidDataException("an empty statement record");

    /// <summary>A record as the binary doc values hold it: its UTF-8 JSON, deflated.</summary>
    public static StoredStatement Read(byte[] bytes, int offset, int length)
    {
        using var inflating = new System.IO.Compression.DeflateStream(new MemoryStream(bytes, offset, length, writable: false), System.IO.Compression.CompressionMode.Decompress);
        return JsonSerializer.Deserialize<StoredStatement>(inflating, Json) ?? throw new InvalidDataException("an empty statement record");
    }

    public static byte[] Deflate(byte[] utf8)
    {
        using var deflated = new MemoryStream();
        using (var deflating = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionLevel.Optimal))
        {
            deflating.Write(utf8);
        }
        return deflated.ToArray();
    }
}

/// <summary>What the index stores of an ask: the ask, and what its hit shows of its statement.</summary>
internal sealed record StoredAsk : StatementSummary
{
    public StoredAsk()
    {
    }

    /// <summary>The statement's summary copied, its own fields left to set.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private StoredAsk(StatementSummary statement) : base(statement)
    {
        StatementId = "";
        Ask = null!;
    }

    public required string StatementId { get; init; }
    public required AskEntry Ask { get; init; }

    /// <summary>Whether the ask's file is a PDF (its page is then linked).</summary>
    public bool Pdf { get; init; }

    public static StoredAsk From(StoredStatement statement, AskEntry ask) => new(statement)
    {
        StatementId = statement.Id,
        Ask = ask,
        Pdf = ask.Page is not null,
    };

    public static StoredAsk Read(byte[] bytes, int offset, int length)
    {
        using var inflating = new System.IO.Compression.DeflateStream(new MemoryStream(bytes, offset, length, writable: false), System.IO.Compression.CompressionMode.Decompress);
        return JsonSerializer.Deserialize<StoredAsk>(inflating, StoredStatement.Json) ?? throw new InvalidDataException("an empty ask record");
    }
}

/// <summary>One file of a stored statement.</summary>
internal sealed record StoredFile
{
    public required int Number { get; init; }
    public required string Path { get; init; }
    public required string Hash { get; init; }
    public long Size { get; init; }
    public long ModifiedUnixSeconds { get; init; }
    public string? SidecarHash { get; init; }
    public required ExtractedDocument Extracted { get; init; }
    public int PageCount { get; init; }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Writes one new index file from a stream of statements. The file is complete and verified when
/// <see cref="Complete"/> returns; until then nothing points at it.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _insertStatement;
    private readonly SqliteCommand _insertTopic;
    private readonly SqliteCommand _insertSymbol;
    private readonly SqliteCommand _insertFile;
    private readonly SqliteCommand _insertPage;
    private readonly SqliteCommand _insertFts;
    private readonly Dictionary<string, VocabEntry> _vocab = new(StringComparer.Ordinal);
    private readonly HashSet<string> _docWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _docTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingsBuilder> _postings = new(StringComparer.Ordinal);
    private readonly List<int> _docLengths = [0];
    private int _docLength;
    private long _nextRowId = 1;
    private int _files;

    public IndexWriter(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        _connection = IndexConnections.OpenForBuild(path);
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        Exec(IndexSchema.Ddl);
        _transaction = _connection.BeginTransaction();
        _insertStatement = Prepare("INSERT INTO statements(rowid, id, title, date, year, language, body, session, type, location, symbol, version_group) VALUES ($rowid, $id, $title, $date, $year, $language, $body, $session, $type, $location, $symbol, $group)",
            "$rowid", "$id", "$title", "$date", "$year", "$language", "$body", "$session", "$type", "$location", "$symbol", "$group");
        _insertTopic = Prepare("INSERT OR IGNORE INTO statement_topics(statement, topic) VALUES ($s, $t)", "$s", "$t");
        _insertSymbol = Prepare("INSERT INTO symbols(statement, symbol, base, own) VALUES ($s, $symbol, $base, $own)", "$s", "$symbol", "$base", "$own");
        _insertFile = Prepare("INSERT INTO files(statement, number, path, format, hash, size, mtime, status, detail, sidecar_hash, extracted) VALUES ($s, $n, $path, $format, $hash, $size, $mtime, $status, $detail, $sidecar, $extracted)",
            "$s", "$n", "$path", "$format", "$hash", "$size", "$mtime", "$status", "$detail", "$sidecar", "$extracted");
        _insertPage = Prepare("INSERT INTO pages(statement, file, page, text) VALUES ($s, $f, $p, $text)", "$s", "$f", "$p", "$text");
        _insertFts = Prepare($"INSERT INTO {IndexSchema.FtsTable}(rowid, {IndexSchema.TitleColumn}, {IndexSchema.TextColumn}, {IndexSchema.MetaColumn}) VALUES ($rowid, $title, $text, $meta)",
            "$rowid", "$title", "$text", "$meta");
    }

    public string Path { get; }

    public int StatementCount => (int)(_nextRowId - 1);

    public int FileCount => _files;

    public void Add(StatementRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rowId = _nextRowId++;
        var tags = record.Tags;
        Run(_insertStatement, rowId, record.Id, tags.Title, tags.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tags.Year,
            tags.Language, tags.Body, tags.Session?.ToString(), tags.Type, tags.Location, tags.Symbol, record.VersionGroup);
        foreach (var topic in tags.Topics)
        {
            Run(_insertTopic, rowId, topic);
        }
        if (tags.Symbol is not null)
        {
            Run(_insertSymbol, rowId, tags.Symbol, UnSymbol.BaseSymbol(tags.Symbol), 1);
        }
        foreach (var cited in tags.CitedSymbols.Where(s => s != tags.Symbol).Distinct())
        {
            Run(_insertSymbol, rowId, cited, UnSymbol.BaseSymbol(cited), 0);
        }

        var analyzer = TextAnalyzer.For(tags.Language);
        var text = new StringBuilder();
        _docWords.Clear();
        _docTerms.Clear();
        _docLength = 0;
        foreach (var file in record.Files)
        {
            _files++;
            var extracted = file.Extracted;
            Run(_insertFile, rowId, file.Number, file.Path, extracted.Format.ToString(), file.Hash, file.Size, file.ModifiedUnixSeconds,
                extracted.Status.ToString(), extracted.Detail, file.SidecarHash, JsonSerializer.Serialize(extracted with { Pages = [] }, Json));
            foreach (var page in extracted.Pages)
            {
                Run(_insertPage, rowId, file.Number, page.Number, PageText.Compress(page.Text));
                AppendTerms(text, analyzer, page.Text, collectVocabulary: true, IndexSchema.TextWeight);
            }
        }
        var title = new StringBuilder();
        AppendTerms(title, analyzer, tags.Title, collectVocabulary: true, IndexSchema.TitleWeight);
        var meta = MetaTerms(tags);
        foreach (var term in meta.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Count(term, IndexSchema.MetaWeight);
        }
        foreach (var (term, frequency) in _docTerms)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                _postings[term] = list = new PostingsBuilder();
            }
            list.Add((int)rowId, frequency);
        }
        _docLengths.Add(_docLength);
        foreach (var word in _docWords)
        {
            _vocab[word].DocumentFrequency++;
        }
        Run(_insertFts, rowId, title.ToString(), text.ToString(), meta);
    }

    /// <summary>Writes the vocabulary and the build record, commits, verifies, and checkpoints the file.</summary>
    public void Complete(IReadOnlyDictionary<string, string> meta, IReadOnlyList<IndexFailure> failures)
    {
        using (var insertVocab = Prepare("INSERT INTO vocab(word, surface, term, df) VALUES ($w, $s, $t, $df)", "$w", "$s", "$t", "$df"))
        {
            foreach (var (word, entry) in _vocab)
            {
                Run(insertVocab, word, entry.Surface, entry.Term, entry.DocumentFrequency);
            }
        }
        using (var insertPostings = Prepare("INSERT INTO postings(term, df, data) VALUES ($t, $df, $data)", "$t", "$df", "$data"))
        {
            foreach (var (term, list) in _postings)
            {
                Run(insertPostings, term, list.Count, list.Encode());
            }
        }
        using (var insertLength = Prepare("INSERT INTO doc_lengths(doc, length) VALUES ($d, $l)", "$d", "$l"))
        {
            for (var doc = 1; doc < _docLengths.Count; doc++)
            {
                Run(insertLength, doc, _docLengths[doc]);
            }
        }
        using (var insertFailure = Prepare("INSERT INTO failures(path, status, detail, hash) VALUES ($p, $s, $d, $h)", "$p", "$s", "$d", "$h"))
        {
            foreach (var failure in failures)
            {
                Run(insertFailure, failure.Path, failure.Status.ToString(), failure.Detail, failure.Hash);
            }
        }
        using (var insertMeta = Prepare("INSERT INTO meta(key, value) VALUES ($k, $v)", "$k", "$v"))
        {
            foreach (var (key, value) in meta)
            {
                Run(insertMeta, key, value);
            }
        }
        _transaction.Commit();
        Exec($"INSERT INTO {IndexSchema.FtsTable}({IndexSchema.FtsTable}) VALUES('optimize');");
        var problems = IndexVerifier.Check(_connection);
        if (problems.Count > 0)
        {
            throw new IndexCorruptException(Path, problems);
        }
        Exec("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public void Dispose()
    {
        foreach (var command in new[] { _insertStatement, _insertTopic, _insertSymbol, _insertFile, _insertPage, _insertFts })
        {
            command.Dispose();
        }
        _transaction.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearPool(_connection);
    }

    private void AppendTerms(StringBuilder sb, TextAnalyzer analyzer, string text, bool collectVocabulary, double weight)
    {
        var lastPosition = -1;
        var tokens = analyzer.Analyze(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Alternative forms share a position: the statement's length counts the position once; postings get every form.
            Count(token.Term, weight, countLength: token.Position != lastPosition);
            lastPosition = token.Position;
            // FTS5 has no stacked tokens, so phrases see one form per position: the last, the stem of the accent-less
            // spelling, which a word typed with or without accents always yields.
            if (i + 1 < tokens.Count && tokens[i + 1].Position == token.Position)
            {
                continue;
            }
            sb.Append(token.Term).Append(' ');
            if (collectVocabulary)
            {
                CollectWord(analyzer, text, token);
            }
        }
        sb.Append('\n');
    }

    private void Count(string term, double weight, bool countLength = true)
    {
        var w = (int)weight;
        _docTerms[term] = _docTerms.GetValueOrDefault(term) + w;
        if (countLength)
        {
            _docLength += w;
        }
    }

    private void CollectWord(TextAnalyzer analyzer, string text, AnalyzedToken token)
    {
        if (token.End <= token.Start || token.End - token.Start > 40)
        {
            return;
        }
        var surface = text.AsSpan(token.Start, token.End - token.Start);
        var lookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(surface, out var word))
        {
            // Folding each distinct spelling once, not each occurrence.
            word = analyzer.AnalyzePrefix(surface.ToString());
            if (_folded.Count < 500_000)
            {
                lookup[surface] = word;
            }
        }
        if (word is null || word.Length < 2)
        {
            return;
        }
        if (!_vocab.TryGetValue(word, out var entry))
        {
            entry = new VocabEntry(surface.ToString().ToLowerInvariant(), token.Term);
            _vocab[word] = entry;
        }
        else if (!entry.HasDiacritics && HasNonAscii(surface))
        {
            // Prefer the accented spelling for "did you mean": rémunération, not remuneration.
            entry.Surface = surface.ToString().ToLowerInvariant();
            entry.HasDiacritics = true;
        }
        _docWords.Add(word);
    }

    private static bool HasNonAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c > 127)
            {
                return true;
            }
        }
        return false;
    }

    internal static string MetaTerms(StatementTags tags)
    {
        var parts = new List<string>();
        if (tags.Session is { } session)
        {
            parts.Add(session.ToString().ToLowerInvariant());
        }
        if (tags.Body is not null)
        {
            parts.Add(tags.Body.ToLowerInvariant());
        }
        if (tags.Symbol is not null)
        {
            parts.AddRange(TextAnalyzer.For("en").Analyze(tags.Symbol).Select(t => t.Term));
        }
        return string.Join(' ', parts);
    }

    private void Exec(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    /// <summary>One term's postings while the index is written: ascending statement numbers and weighted frequencies.</summary>
    private sealed class PostingsBuilder
    {
        private readonly List<int> _docs = [];
        private readonly List<int> _frequencies = [];

        public int Count => _docs.Count;

        public void Add(int doc, int frequency)
        {
            _docs.Add(doc);
            _frequencies.Add(frequency);
        }

        public byte[] Encode() => Postings.Encode(_docs, _frequencies);
    }

    private sealed class VocabEntry(string surface, string term)
    {
        public string Surface { get; set; } = surface;
        public string Term { get; } = term;
        public bool HasDiacritics { get; set; } = surface.Any(c => c > 127);
        public int DocumentFrequency { get; set; }
    }
}

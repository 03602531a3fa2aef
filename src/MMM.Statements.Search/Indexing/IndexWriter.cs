using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Querying;
using MMM.Statements.Search.Snippets;

namespace MMM.Statements.Search.Indexing;

/// <summary>
/// Writes one new index file from a stream of statements. The file is complete and verified when
/// <see cref="Complete"/> returns; until then nothing points at it.
/// </summary>
/// <remarks>
/// With <c>append</c>, the file is a copy of the live index and the statements are added after the ones it holds
/// (numbered from its last statement on): their postings are appended to the stored lists, their words counted into
/// the stored vocabulary, and the build record and the failures replaced. Publishing one new statement then costs
/// the statement, not the whole corpus.
/// </remarks>
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
    private readonly SqliteCommand _insertPlaces;
    private readonly List<byte> _docPlaces = [];
    private readonly List<Places.Place> _pagePlaces = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _newTermIds = [];
    private readonly SqliteCommand? _selectStoredTermId;
    private int _nextTermId = 1;
    private readonly Dictionary<string, VocabEntry> _vocab = new(StringComparer.Ordinal);
    private readonly HashSet<string> _docWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocTerm> _docTerms = new(StringComparer.Ordinal);
    private readonly List<DocTerm> _docTermPool = [];
    private readonly int[] _places = new int[IndexSchema.ColumnWeights.Length];
    private readonly Dictionary<string, PostingsBuilder> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PositionsBuilder> _positions = new(StringComparer.Ordinal);
    private readonly List<byte> _scratch = [];
    private readonly SqliteCommand? _selectStoredPositions;
    private readonly List<int> _docLengths = [];
    private readonly bool _append;
    private readonly long _firstRowId;
    private int _docLength;
    private long _nextRowId;
    private int _files;

    public IndexWriter(string path, bool append = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        _append = append;
        _connection = IndexConnections.OpenForBuild(path);
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        if (append)
        {
            _nextRowId = Convert.ToInt64(IndexGeneration.Scalar(_connection, "SELECT coalesce(max(rowid), 0) FROM statements"), CultureInfo.InvariantCulture) + 1;
            _files = Convert.ToInt32(IndexGeneration.Scalar(_connection, "SELECT count(*) FROM files"), CultureInfo.InvariantCulture);
        }
        else
        {
            Exec(IndexSchema.Ddl);
            _nextRowId = 1;
        }
        _firstRowId = _nextRowId;
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
        _insertPlaces = Prepare("INSERT INTO places(doc, data) VALUES ($d, $data)", "$d", "$data");
        if (append)
        {
            _selectStoredPositions = Prepare("SELECT last FROM positions WHERE term = $t", "$t");
            _selectStoredTermId = Prepare("SELECT id FROM term_ids WHERE term = $t", "$t");
            _nextTermId = Convert.ToInt32(IndexGeneration.Scalar(_connection, "SELECT coalesce(max(id), 0) FROM term_ids"), CultureInfo.InvariantCulture) + 1;
        }
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
        _docPlaces.Clear();
        Array.Clear(_places);
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
                AppendTerms(text, analyzer, page.Text, IndexSchema.TextColumnNumber, _pagePlaces);
                Places.AppendPage(_docPlaces, file.Number, page.Number, extracted.Format == DocumentFormat.Pdf, _pagePlaces);
            }
        }
        var title = new StringBuilder();
        AppendTerms(title, analyzer, tags.Title, IndexSchema.TitleColumnNumber, places: null);
        var meta = MetaTerms(tags);
        foreach (var term in meta.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Count(term, IndexSchema.MetaColumnNumber, countLength: true, emitted: true);
        }
        foreach (var (term, entry) in _docTerms)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                _postings[term] = list = new PostingsBuilder();
            }
            list.Add((int)rowId, entry.Frequency);
            if (entry.Positions.Count > 0)
            {
                if (!_positions.TryGetValue(term, out var positions))
                {
                    _positions[term] = positions = new PositionsBuilder(StoredLastPosition(term));
                }
                entry.Positions.Sort();
                positions.Add((int)rowId, entry.Positions, _scratch);
            }
        }
        _docLengths.Add(_docLength);
        foreach (var word in _docWords)
        {
            _vocab[word].DocumentFrequency++;
        }
        Run(_insertFts, rowId, title.ToString(), text.ToString(), meta);
        if (_docPlaces.Count > 0)
        {
            Run(_insertPlaces, rowId, _docPlaces.ToArray());
        }
    }

    /// <summary>Writes the vocabulary and the build record, commits, verifies, and checkpoints the file.</summary>
    public void Complete(IReadOnlyDictionary<string, string> meta, IReadOnlyList<IndexFailure> failures)
    {
        // Every term the new statements added to, for the append's checks (merging below leaves only the new terms pending).
        var postingTerms = _append ? _postings.Keys.ToList() : [];
        var positionTerms = _append ? _positions.Keys.ToList() : [];
        if (_append)
        {
            MergeStoredVocabulary();
            MergeStoredPostings();
            MergeStoredPositions();
            foreach (var table in new[] { "failures", "meta" })
            {
                using var clear = Prepare($"DELETE FROM {table}");
                clear.ExecuteNonQuery();
            }
        }
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
        using (var insertPositions = Prepare("INSERT INTO positions(term, docs, last, data) VALUES ($t, $n, $last, $data)", "$t", "$n", "$last", "$data"))
        {
            foreach (var (term, list) in _positions)
            {
                Run(insertPositions, term, list.Count, list.Last, list.Data.ToArray());
            }
        }
        using (var insertTermId = Prepare("INSERT INTO term_ids(term, id) VALUES ($t, $id)", "$t", "$id"))
        {
            foreach (var term in _newTermIds)
            {
                Run(insertTermId, term, _termIds[term]);
            }
        }
        using (var insertLength = Prepare("INSERT INTO doc_lengths(doc, length) VALUES ($d, $l)", "$d", "$l"))
        {
            for (var i = 0; i < _docLengths.Count; i++)
            {
                Run(insertLength, _firstRowId + i, _docLengths[i]);
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
        if (!_append)
        {
            // One segment reads fastest. An appended statement adds a small segment that FTS5's automerge folds in
            // later; merging everything again would cost as much as the full build the append exists to avoid.
            Exec($"INSERT INTO {IndexSchema.FtsTable}({IndexSchema.FtsTable}) VALUES('optimize');");
        }
        var problems = _append
            ? IndexVerifier.CheckAppend(_connection, _firstRowId, _nextRowId - 1, postingTerms, positionTerms)
            : IndexVerifier.Check(_connection);
        if (problems.Count > 0)
        {
            throw new IndexCorruptException(Path, problems);
        }
        Exec("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>
    /// Appending: the words of the new statements that the stored vocabulary already holds are updated in place
    /// (document frequencies added; an accented spelling replaces an unaccented one, as a full build would prefer it;
    /// the stored term stays, as a full build keeps the first statement's).
    /// </summary>
    private void MergeStoredVocabulary() =>
        MergeStored(_vocab, "SELECT surface, df FROM vocab WHERE word = $k",
            "UPDATE vocab SET surface = $s, df = $df WHERE word = $k", ["$s", "$df"], (stored, entry) =>
            {
                var surface = stored.GetString(0);
                return [!surface.Any(c => c > 127) && entry.HasDiacritics ? entry.Surface : surface, stored.GetInt32(1) + entry.DocumentFrequency];
            });

    /// <summary>Appending: the new statements' entries go at the end of each stored list (their numbers are all higher).</summary>
    private void MergeStoredPostings() =>
        MergeStored(_postings, "SELECT df, data FROM postings WHERE term = $k",
            "UPDATE postings SET df = $df, data = $data WHERE term = $k", ["$df", "$data"], (stored, list) =>
            {
                var df = stored.GetInt32(0);
                var data = (byte[])stored.GetValue(1);
                return [df + list.Count, (byte[])[.. data, .. list.Encode(previous: Postings.LastDoc(data, df))]];
            });

    /// <summary>Appending: the new statements' positions follow the stored ones (already encoded after the stored last statement).</summary>
    private void MergeStoredPositions() =>
        MergeStored(_positions, "SELECT docs, data FROM positions WHERE term = $k",
            "UPDATE positions SET docs = $n, last = $last, data = $data WHERE term = $k", ["$n", "$last", "$data"],
            (stored, list) => [stored.GetInt32(0) + list.Count, list.Last, (byte[])[.. (byte[])stored.GetValue(1), .. list.Data]]);

    /// <summary>
    /// Appending: each pending entry whose key the stored table already holds is merged into the stored row
    /// (<paramref name="merge"/> reads the stored row and gives the update's values after the key) and leaves the
    /// pending list, which then holds only new keys, written as plain inserts.
    /// </summary>
    private void MergeStored<T>(Dictionary<string, T> pending, string select, string update, string[] updateParameters,
        Func<SqliteDataReader, T, object?[]> merge)
    {
        using var selectCommand = Prepare(select, "$k");
        using var updateCommand = Prepare(update, ["$k", .. updateParameters]);
        foreach (var (key, entry) in pending.ToList())
        {
            selectCommand.Parameters[0].Value = key;
            object?[] values;
            using (var stored = selectCommand.ExecuteReader())
            {
                if (!stored.Read())
                {
                    continue;
                }
                values = merge(stored, entry);
            }
            Run(updateCommand, [key, .. values]);
            pending.Remove(key);
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _insertStatement, _insertTopic, _insertSymbol, _insertFile, _insertPage, _insertFts, _insertPlaces })
        {
            command.Dispose();
        }
        _selectStoredPositions?.Dispose();
        _selectStoredTermId?.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearPool(_connection);
    }

    /// <param name="places">When given, receives where each place's word stands in <paramref name="text"/> and its terms (for snippets).</param>
    private void AppendTerms(StringBuilder sb, TextAnalyzer analyzer, string text, int column, List<Places.Place>? places)
    {
        places?.Clear();
        var alternative = 0;
        var lastPosition = -1;
        var tokens = analyzer.Analyze(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Phrases see one form per position (FTS5 has no stacked tokens, and our positions keep the same): the last,
            // the stem of the accent-less spelling, which a word typed with or without accents always yields.
            var emitted = i + 1 == tokens.Count || tokens[i + 1].Position != token.Position;
            // Alternative forms share a position: the statement's length counts the position once; postings get every form.
            Count(token.Term, column, countLength: token.Position != lastPosition, emitted);
            lastPosition = token.Position;
            if (!emitted)
            {
                alternative = places is null ? 0 : TermId(token.Term);
                continue;
            }
            sb.Append(token.Term).Append(' ');
            if (places is not null)
            {
                places.Add(new Places.Place(token.Start, token.End, TermId(token.Term), alternative));
                alternative = 0;
            }
            CollectWord(analyzer, text, token);
        }
        sb.Append('\n');
    }

    /// <summary>Counts one occurrence of a term in a column; the emitted form (the one phrases see, last of its place) also takes the column's next place.</summary>
    private void Count(string term, int column, bool countLength, bool emitted)
    {
        var w = IndexSchema.ColumnWeights[column];
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_docTerms, term, out var exists);
        if (!exists)
        {
            if (_docTerms.Count > _docTermPool.Count)
            {
                _docTermPool.Add(new DocTerm());
            }
            entry = _docTermPool[_docTerms.Count - 1];
            entry.Frequency = 0;
            entry.Positions.Clear();
        }
        entry!.Frequency += w;
        if (countLength)
        {
            _docLength += w;
        }
        if (emitted)
        {
            entry.Positions.Add(TermPositions.Position(column, _places[column]++));
        }
    }

    /// <summary>The number of a term in term_ids: the stored one when appending, else the next free one.</summary>
    private int TermId(string term)
    {
        if (_termIds.TryGetValue(term, out var id))
        {
            return id;
        }
        if (_selectStoredTermId is not null)
        {
            _selectStoredTermId.Parameters[0].Value = term;
            if (_selectStoredTermId.ExecuteScalar() is long stored)
            {
                return _termIds[term] = (int)stored;
            }
        }
        _newTermIds.Add(term);
        return _termIds[term] = _nextTermId++;
    }

    /// <summary>When appending, the last statement of the term's stored positions (0 when it has none), so new ones follow it.</summary>
    private int StoredLastPosition(string term)
    {
        if (_selectStoredPositions is null)
        {
            return 0;
        }
        _selectStoredPositions.Parameters[0].Value = term;
        return _selectStoredPositions.ExecuteScalar() is long last ? (int)last : 0;
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

        public byte[] Encode(int previous = 0) => Postings.Encode(_docs, _frequencies, previous);
    }

    /// <summary>One term within the statement being written: its weighted frequency and the places of its emitted form.</summary>
    private sealed class DocTerm
    {
        public int Frequency { get; set; }
        public List<int> Positions { get; } = [];
    }

    /// <summary>One term's positions while the index is written, encoded as they come (see <see cref="TermPositions"/>).</summary>
    private sealed class PositionsBuilder(int storedLast)
    {
        public List<byte> Data { get; } = [];
        public int Count { get; private set; }
        public int Last { get; private set; } = storedLast;

        public void Add(int doc, List<int> positions, List<byte> scratch)
        {
            TermPositions.Append(Data, scratch, doc, Last, positions);
            Last = doc;
            Count++;
        }
    }

    private sealed class VocabEntry(string surface, string term)
    {
        public string Surface { get; set; } = surface;
        public string Term { get; } = term;
        public bool HasDiacritics { get; set; } = surface.Any(c => c > 127);
        public int DocumentFrequency { get; set; }
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using MMM.Statements.Search.Facets;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Search;

/// <summary>
/// One published index file, opened for reading: the per-statement fields and facet columns held in memory for
/// the whole life of the generation, and the connection string searches use. Immutable and shared by threads.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private readonly Dictionary<string, int> _docById;

    /// <summary>
    /// How many postings the per-term cache may hold (8 bytes each: 128 MB). Common terms are asked for again and
    /// again and fit many times over; past the budget, rarer terms are read and scored on each query instead.
    /// </summary>
    internal const long PostingsCacheBudget = 16_000_000;
    private readonly TermCache<Querying.DocSet> _termScores = new(PostingsCacheBudget, set => set.Kept = true);

    /// <summary>
    /// How many entries the rank orders of kept sets may hold (4 bytes each, a set's statements bitmap counted as
    /// entries too: at most 64 MB, beside the 128 MB of the scores they order); past it, a search that would need a new
    /// one visits every match instead.
    /// </summary>
    internal const long RankingBudget = 16_000_000;
    private long _rankingUsed;

    /// <summary>How many bytes of positions the per-term cache may hold; past it, a phrase reads its words' positions each time.</summary>
    internal const long PositionsCacheBudget = 96L << 20;
    private readonly TermCache<Querying.TermPositions> _positions = new(PositionsCacheBudget);
    private Querying.Vocabulary.Words? _vocabularyWords;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly int[] _docLengths;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Topic, string Language), Querying.DocSet> _topicMatches = new();
    private readonly Dictionary<string, int[]> _versionGroups;

    /// <summary>The statements that have other language versions, as a bitmap.</summary>
    private readonly ulong[] _grouped;

    /// <summary>Held for the generation's life: a publication does not write onto a file a generation reads (see <see cref="IndexFileLock"/>).</summary>
    private readonly IndexFileLock _fileLock;

    private IndexGeneration(string path, IndexFileLock fileLock, BuildInfo info, StatementFields fields, IReadOnlyDictionary<string, FacetColumn> facets, int[] docLengths)
    {
        _fileLock = fileLock;
        _docLengths = docLengths;
        AverageLength = fields.Count == 0 ? 1 : Math.Max(1, docLengths.Skip(1).Average());
        Path = path;
        Info = info;
        Fields = fields;
        Facets = facets;
        ConnectionString = IndexConnections.ReadOnlyConnectionString(path);
        _docById = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var doc = 1; doc <= fields.Count; doc++)
        {
            _docById[fields.Ids[doc]] = doc;
            if (fields.VersionGroups[doc] is { } group)
            {
                if (!groups.TryGetValue(group, out var members))
                {
                    groups[group] = members = [];
                }
                members.Add(doc);
            }
        }
        _versionGroups = groups.Where(g => g.Value.Count > 1).ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        // Version groups as small integers, so that collapsing a result list compares numbers, not strings.
        GroupIds = new int[fields.Count + 1];
        var groupNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 1; doc <= fields.Count; doc++)
        {
            GroupIds[doc] = fields.VersionGroups[doc] is { } g && _versionGroups.ContainsKey(g)
                ? groupNumbers.TryGetValue(g, out var n) ? n : groupNumbers[g] = groupNumbers.Count
                : -1;
        }
        GroupCount = groupNumbers.Count;
        _grouped = new ulong[(fields.Count >> 6) + 1];
        for (var doc = 1; doc <= fields.Count; doc++)
        {
            if (GroupIds[doc] >= 0)
            {
                _grouped[doc >> 6] |= 1UL << doc;
            }
        }
        Languages = Facets[FacetNames.Language].Values;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public BuildInfo Info { get; }

    public StatementFields Fields { get; }

    public IReadOnlyDictionary<string, FacetColumn> Facets { get; }

    public string ConnectionString { get; }

    /// <summary>The languages present in this index (e.g. fr, en, es).</summary>
    public IReadOnlyList<string> Languages { get; }

    public int Count => Fields.Count;

    /// <summary>Per statement, its language-version group number, or -1 when it has no other version.</summary>
    public int[] GroupIds { get; }

    public int GroupCount { get; }

    public double AverageLength { get; }

    public int LengthOf(int doc) => _docLengths[doc];

    /// <summary>The statements in <paramref name="language"/> that use a topic's terms: the same for every query, so computed once.</summary>
    public Querying.DocSet TopicMatches(string topic, string language, Func<Querying.DocSet> compute) =>
        _topicMatches.GetOrAdd((topic, language), _ =>
        {
            var matches = compute();
            matches.Kept = true;
            return matches;
        });

    /// <summary>
    /// A kept set's rank order and version slots (<see cref="Querying.Ranking"/>), made on first use and then shared by
    /// every search of this generation; null for a set the generation does not keep (a search's own union) or once
    /// the budget is spent.
    /// </summary>
    public Querying.Ranking? RankingOf(Querying.DocSet set)
    {
        if (Volatile.Read(ref set.Ranking) is { } ranking)
        {
            return ranking;
        }
        if (!set.Kept)
        {
            return null;
        }
        var cost = Querying.Ranking.CostOf(this, set);
        if (Interlocked.Add(ref _rankingUsed, cost) > RankingBudget)
        {
            Interlocked.Add(ref _rankingUsed, -cost);
            return null;
        }
        ranking = Querying.Ranking.Make(this, set);
        if (Interlocked.CompareExchange(ref set.Ranking, ranking, null) is { } made)
        {
            // Another search made it first: theirs is kept, ours is not charged.
            Interlocked.Add(ref _rankingUsed, -cost);
            return made;
        }
        return ranking;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ulong[][]> _facetBits = new(StringComparer.Ordinal);

    /// <summary>
    /// Per value of a facet, its statements as a bitmap (made on first use, then shared): a search that has its
    /// matches as a bitmap counts a value by intersecting the two (<see cref="Querying.Ranking.Top"/>).
    /// </summary>
    public ulong[][] FacetBits(string facet) => _facetBits.GetOrAdd(facet, name =>
    {
        var column = Facets[name];
        var bits = new ulong[column.Values.Length][];
        for (var ord = 0; ord < bits.Length; ord++)
        {
            bits[ord] = new ulong[(Count >> 6) + 1];
        }
        for (var doc = 1; doc <= Count; doc++)
        {
            foreach (var ord in column.OrdsOf(doc))
            {
                bits[ord][doc >> 6] |= 1UL << doc;
            }
        }
        return bits;
    });

    /// <summary>The slot a statement counts in, as results count them: its group's, or its own when it has no other version.</summary>
    public int SlotOf(int doc) => GroupIds[doc] is var group and >= 0 ? group : GroupCount + doc;

    /// <summary>How many results the statements of a bitmap make: each group of language versions counts once.</summary>
    public int CountSlots(ReadOnlySpan<ulong> docs)
    {
        var total = 0;
        bool[]? seen = null;
        for (var w = 0; w < docs.Length; w++)
        {
            var grouped = w < _grouped.Length ? _grouped[w] : 0;
            total += System.Numerics.BitOperations.PopCount(docs[w] & ~grouped);
            for (var word = docs[w] & grouped; word != 0; word &= word - 1)
            {
                seen ??= new bool[GroupCount];
                ref var once = ref seen[GroupIds[(w << 6) | System.Numerics.BitOperations.TrailingZeroCount(word)]];
                if (!once)
                {
                    once = true;
                    total++;
                }
            }
        }
        return total;
    }

    /// <summary>
    /// The union of several topics' matches (<paramref name="key"/> names them), kept in the terms' budget: queries may
    /// name many combinations of topics, where there are only so many topics and languages.
    /// </summary>
    public Querying.DocSet TopicUnion(string key, Func<Querying.DocSet> compute) =>
        _termScores.GetOrLoad("\u001d" + key, compute, union => union.Count + 1);

    /// <summary>
    /// A term's BM25 score in every statement that holds it, read from the file and scored once, then shared by every
    /// search of this generation (the statement count and lengths never change within one).
    /// </summary>
    public Querying.DocSet TermScoresOf(string term, SqliteConnection connection, Func<Querying.Postings, Querying.DocSet> score) =>
        _termScores.GetOrLoad(term,
            () => score(ReadTermRow(connection, "SELECT df, data FROM postings WHERE term = $t", term, (data, df) => Querying.Postings.Decode(data, df)) ?? Querying.Postings.None),
            scored => scored.Count + 1);

    /// <summary>
    /// <paramref name="all"/> (a term's scores) kept to the statements in <paramref name="languages"/> (comma-separated),
    /// made once and kept in the terms' budget: a query read differently per language works on each reading's own
    /// statements, not on all of them once per reading.
    /// </summary>
    public Querying.DocSet TermScoresIn(string term, string languages, Querying.DocSet all) =>
        _termScores.GetOrLoad(term + "\u001e" + languages, () =>
        {
            var column = Facets[FacetNames.Language];
            var keep = new bool[column.Values.Length];
            foreach (var language in languages.Split(','))
            {
                if (column.Ordinal(language) is { } ord)
                {
                    keep[ord] = true;
                }
            }
            var languageOf = column.SingleOrds!;
            return all.Where(doc => keep[languageOf[doc]]);
        }, scored => scored.Count + 1);

    /// <summary>
    /// A phrase's BM25 score in every statement where its words follow each other, computed once from the words'
    /// positions and then shared by every search of this generation, in the same budget as the terms' scores (a phrase
    /// is scored as one term; statements are asked for the same phrases again and again: "protection sociale").
    /// </summary>
    public Querying.DocSet PhraseScoresOf(IReadOnlyList<string> words, Func<Querying.DocSet> compute) =>
        // Terms never hold a control character, so a phrase's key never meets a term's.
        _termScores.GetOrLoad("\u001f" + string.Join('\u001f', words), compute, scored => scored.Count + 1);

    /// <summary>
    /// A term's positions in every statement that holds it (for phrases), read from the file once and shared by every
    /// search of this generation while they fit the budget.
    /// </summary>
    public Querying.TermPositions PositionsOf(string term, SqliteConnection connection) =>
        _positions.GetOrLoad(term,
            () => ReadTermRow(connection, "SELECT docs, data FROM positions WHERE term = $t", term, Querying.TermPositions.Decode) ?? Querying.TermPositions.None,
            positions => positions.Size);

    /// <summary>One term's row of a per-term table (its count, then its encoded list), decoded; null when the term has none.</summary>
    private static T? ReadTermRow<T>(SqliteConnection connection, string sql, string term, Func<byte[], int, T> decode) where T : class
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$t", term);
        using var reader = command.ExecuteReader();
        return reader.Read() ? decode((byte[])reader.GetValue(1), reader.GetInt32(0)) : null;
    }

    /// <summary>A term's number in term_ids (how stored places name it), or null when no statement's text holds it.</summary>
    public int? TermIdOf(string term, SqliteConnection connection)
    {
        if (_termIds.TryGetValue(term, out var known))
        {
            return known > 0 ? known : null;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM term_ids WHERE term = $t";
        command.Parameters.AddWithValue("$t", term);
        var id = command.ExecuteScalar() is long stored ? (int)stored : 0;
        // Query words are the user's: remember a bounded number of them.
        if (_termIds.Count < 200_000)
        {
            _termIds.TryAdd(term, id);
        }
        return id > 0 ? id : null;
    }

    /// <summary>The vocabulary's words in ordinal order, read on first use ("did you mean", fuzzy terms) and kept with the generation.</summary>
    public Querying.Vocabulary.Words VocabularyWords(SqliteConnection connection) =>
        LazyInitializer.EnsureInitialized(ref _vocabularyWords, () => Querying.Vocabulary.LoadWords(connection));

    public int? DocOf(string id) => _docById.TryGetValue(id, out var doc) ? doc : null;

    /// <summary>The other language versions of <paramref name="doc"/>.</summary>
    public IEnumerable<int> VersionsOf(int doc) =>
        Fields.VersionGroups[doc] is { } group && _versionGroups.TryGetValue(group, out var members) ? members.Where(d => d != doc) : [];

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Opens a published index file. When it was appended to <paramref name="previous"/>'s file (a publication), only the
    /// statements after previous's are read: the others are the same rows, so their fields and facet values are taken
    /// from previous, and switching to the new generation costs the statements added, not the corpus.
    /// </summary>
    public static IndexGeneration Load(string path, IndexGeneration? previous = null)
    {
        var fileLock = IndexFileLock.Share(path);
        try
        {
            return Load(path, fileLock, previous);
        }
        catch
        {
            fileLock.Dispose();
            throw;
        }
    }

    private static IndexGeneration Load(string path, IndexFileLock fileLock, IndexGeneration? previous)
    {
        using var connection = IndexConnections.OpenReadOnly(path);
        var info = BuildInfo.Read(connection, System.IO.Path.GetFileName(path));
        var count = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(rowid), 0) FROM statements"), CultureInfo.InvariantCulture);
        var from = previous is not null && info.AppendedTo == previous.Name && count >= previous.Count ? previous.Count : 0;
        var fields = new StatementFields(count);
        if (from > 0)
        {
            fields.CopyFrom(previous!.Fields, from);
        }
        var single = new Dictionary<string, List<(int, string)>>
        {
            [FacetNames.Body] = [], [FacetNames.Session] = [], [FacetNames.Year] = [], [FacetNames.Type] = [],
            [FacetNames.Language] = [], [FacetNames.Location] = [],
        };
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT rowid, id, title, date, year, language, body, session, type, location, symbol, version_group FROM statements WHERE rowid > $from";
            command.Parameters.AddWithValue("$from", from);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var doc = reader.GetInt32(0);
                fields.Ids[doc] = reader.GetString(1);
                fields.Titles[doc] = reader.GetString(2);
                fields.Dates[doc] = reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                fields.Years[doc] = reader.IsDBNull(4) ? null : reader.GetInt32(4);
                fields.Languages[doc] = reader.GetString(5);
                fields.Symbols[doc] = reader.IsDBNull(10) ? null : reader.GetString(10);
                fields.VersionGroups[doc] = reader.IsDBNull(11) ? null : reader.GetString(11);
                single[FacetNames.Language].Add((doc, reader.GetString(5)));
                AddIfPresent(single[FacetNames.Year], doc, reader, 4);
                AddIfPresent(single[FacetNames.Body], doc, reader, 6);
                AddIfPresent(single[FacetNames.Session], doc, reader, 7);
                AddIfPresent(single[FacetNames.Type], doc, reader, 8);
                AddIfPresent(single[FacetNames.Location], doc, reader, 9);
            }
        }
        var topics = new List<(int, string)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT statement, topic FROM statement_topics WHERE statement > $from";
            command.Parameters.AddWithValue("$from", from);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                topics.Add((reader.GetInt32(0), reader.GetString(1)));
            }
        }
        var facets = new Dictionary<string, FacetColumn>(StringComparer.Ordinal);
        FacetColumn Column(string name, List<(int, string)> pairs) =>
            from > 0 ? previous!.Facets[name].Extend(count, pairs) : FacetColumn.Build(name, count, pairs);
        foreach (var (name, pairs) in single)
        {
            facets[name] = Column(name, pairs);
        }
        var topicColumn = facets[FacetNames.Topic] = Column(FacetNames.Topic, topics);
        for (var doc = from + 1; doc <= count; doc++)
        {
            var ords = topicColumn.OrdsOf(doc);
            var names = new string[ords.Length];
            for (var i = 0; i < ords.Length; i++)
            {
                names[i] = topicColumn.Values[ords[i]];
            }
            fields.Topics[doc] = names;
        }
        var lengths = new int[count + 1];
        if (from > 0)
        {
            Array.Copy(previous!._docLengths, lengths, from + 1);
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT doc, length FROM doc_lengths WHERE doc > $from";
            command.Parameters.AddWithValue("$from", from);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lengths[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }
        return new IndexGeneration(path, fileLock, info, fields, facets, lengths);
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        _fileLock.Dispose();
    }

    private static void AddIfPresent(List<(int, string)> list, int doc, SqliteDataReader reader, int ordinal)
    {
        if (!reader.IsDBNull(ordinal))
        {
            list.Add((doc, Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture)!));
        }
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>
/// Per-term values kept for a generation's life while their total size stays within a budget; past it, a value is
/// loaded on each use and not kept. Shared by all searches without locks.
/// </summary>
internal sealed class TermCache<T>(long budget, Action<T>? kept = null)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> _values = new(StringComparer.Ordinal);
    private long _used;

    public T GetOrLoad(string term, Func<T> load, Func<T, long> size)
    {
        if (_values.TryGetValue(term, out var cached))
        {
            return cached;
        }
        var value = load();
        var cost = size(value);
        if (Interlocked.Add(ref _used, cost) <= budget)
        {
            var stored = _values.GetOrAdd(term, value);
            kept?.Invoke(stored);
            return stored;
        }
        Interlocked.Add(ref _used, -cost);
        return value;
    }
}

/// <summary>Per-statement fields of a generation, indexed by document number (1..Count; slot 0 unused).</summary>
internal sealed class StatementFields(int count)
{
    public int Count { get; } = count;
    public string[] Ids { get; } = new string[count + 1];
    public string[] Titles { get; } = new string[count + 1];
    public DateOnly?[] Dates { get; } = new DateOnly?[count + 1];
    public int?[] Years { get; } = new int?[count + 1];
    public string[] Languages { get; } = new string[count + 1];
    public string?[] Symbols { get; } = new string?[count + 1];
    public string?[] VersionGroups { get; } = new string?[count + 1];
    public string[][] Topics { get; } = new string[count + 1][];

    /// <summary>Takes documents 1..<paramref name="through"/> from <paramref name="other"/> (an index this one extends).</summary>
    public void CopyFrom(StatementFields other, int through)
    {
        var length = through + 1;
        Array.Copy(other.Ids, Ids, length);
        Array.Copy(other.Titles, Titles, length);
        Array.Copy(other.Dates, Dates, length);
        Array.Copy(other.Years, Years, length);
        Array.Copy(other.Languages, Languages, length);
        Array.Copy(other.Symbols, Symbols, length);
        Array.Copy(other.VersionGroups, VersionGroups, length);
        Array.Copy(other.Topics, Topics, length);
    }
}

/// <summary>What a build recorded about itself.</summary>
public sealed record BuildInfo
{
    public required string FileName { get; init; }
    public int SchemaVersion { get; init; }
    public int AnalyzerVersion { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public string Mode { get; init; } = "";
    public int Statements { get; init; }
    public int Files { get; init; }
    public int Failed { get; init; }
    public int Unchanged { get; init; }
    public double Seconds { get; init; }
    public string TaxonomyHash { get; init; } = "";

    /// <summary>For an appending build, the index file it is a copy of (with more statements after its own); else null.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? AppendedTo { get; init; }

    internal static BuildInfo Read(SqliteConnection connection, string fileName)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                meta[reader.GetString(0)] = reader.GetString(1);
            }
        }
        int Int(string key) => meta.TryGetValue(key, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new BuildInfo
        {
            FileName = fileName,
            SchemaVersion = Int(IndexSchema.Meta.SchemaVersion),
            AnalyzerVersion = Int(IndexSchema.Meta.AnalyzerVersion),
            BuiltAt = meta.TryGetValue(IndexSchema.Meta.BuiltAt, out var at) ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : default,
            Mode = meta.GetValueOrDefault(IndexSchema.Meta.BuildMode, ""),
            Statements = Int(IndexSchema.Meta.Statements),
            Files = Int(IndexSchema.Meta.Files),
            Failed = Int(IndexSchema.Meta.Failed),
            Unchanged = Int(IndexSchema.Meta.Unchanged),
            Seconds = meta.TryGetValue(IndexSchema.Meta.Seconds, out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : 0,
            TaxonomyHash = meta.GetValueOrDefault(IndexSchema.Meta.TaxonomyHash, ""),
            AppendedTo = meta.GetValueOrDefault(IndexSchema.Meta.AppendedTo),
        };
    }
}

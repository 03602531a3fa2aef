namespace MMM.Statements.Search;

/// <summary>
/// The whole index file layout in one place: tables, the FTS5 columns and their weights, and the version
/// recorded in each file. Nothing else in the code names a table or a column.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Changes whenever the layout or the meaning of a stored value changes; an older index is rebuilt.</summary>
    public const int Version = 8;

    // FTS5 columns, in declaration order; the weights follow the same order.
    public const string FtsTable = "ft";
    public const string TitleColumn = "title";
    public const string TextColumn = "text";
    public const string MetaColumn = "meta";
    public const double TitleWeight = 3.0;
    public const double TextWeight = 1.0;
    public const double MetaWeight = 2.0;

    /// <summary>Column weights as whole numbers, indexed by column (title 0, text 1, meta 2): stored frequencies and lengths use them.</summary>
    public static readonly int[] ColumnWeights = [(int)TitleWeight, (int)TextWeight, (int)MetaWeight];
    public const int TitleColumnNumber = 0;
    public const int TextColumnNumber = 1;
    public const int MetaColumnNumber = 2;

    public static readonly string Bm25 = $"bm25({FtsTable}, {TitleWeight:0.0}, {TextWeight:0.0}, {MetaWeight:0.0})";

    public static class Meta
    {
        public const string SchemaVersion = "schema_version";
        public const string AnalyzerVersion = "analyzer_version";
        public const string BuiltAt = "built_at";
        public const string BuildMode = "build_mode";
        public const string Statements = "statements";
        public const string Files = "files";
        public const string Failed = "failed";
        public const string Unchanged = "unchanged";
        public const string Seconds = "seconds";
        public const string TaxonomyHash = "taxonomy_hash";

        /// <summary>An appending build: the file name of the index it is a copy of, whose statements it holds unchanged.</summary>
        public const string AppendedTo = "appended_to";
    }

    public const string Ddl = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        -- One row per statement; rowid is the dense document number used by facets and FTS5.
        CREATE TABLE statements(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            date TEXT,
            year INTEGER,
            language TEXT NOT NULL,
            body TEXT,
            session TEXT,
            type TEXT,
            location TEXT,
            symbol TEXT,
            version_group TEXT);
        CREATE INDEX statements_version_group ON statements(version_group);

        CREATE TABLE statement_topics(statement INTEGER NOT NULL, topic TEXT NOT NULL, PRIMARY KEY(statement, topic)) WITHOUT ROWID;

        -- Own and cited symbols, normalised, with the base symbol (no /Rev.N) for tolerant look-up.
        CREATE TABLE symbols(statement INTEGER NOT NULL, symbol TEXT NOT NULL, base TEXT NOT NULL, own INTEGER NOT NULL);
        CREATE INDEX symbols_symbol ON symbols(symbol);
        CREATE INDEX symbols_base ON symbols(base);

        -- The files of each statement (an HTML page and the PDF it links are one statement, two files).
        -- 'extracted' is the extractor's output without its pages (JSON), kept so unchanged files are not re-extracted.
        CREATE TABLE files(
            statement INTEGER NOT NULL,
            number INTEGER NOT NULL,
            path TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            status TEXT NOT NULL,
            detail TEXT NOT NULL,
            sidecar_hash TEXT,
            extracted TEXT NOT NULL,
            PRIMARY KEY(statement, number)) WITHOUT ROWID;

        -- Tables whose rows hold large values keep a rowid, so their key is a small separate index: in a WITHOUT ROWID
        -- table SQLite compares a key with a stored row by reading the whole row, overflow pages and all, so finding
        -- one page's text read its neighbours' too (about 20 reads from the file per statement shown).
        CREATE TABLE pages(statement INTEGER NOT NULL, file INTEGER NOT NULL, page INTEGER NOT NULL, text BLOB NOT NULL,
            PRIMARY KEY(statement, file, page));

        -- Files that could not become (part of) a statement, or were read with problems, with the reason.
        CREATE TABLE failures(path TEXT NOT NULL, status TEXT NOT NULL, detail TEXT NOT NULL, hash TEXT);

        -- Folded surface words → their index term and document frequency: prefixes, fuzzy terms, "did you mean".
        CREATE TABLE vocab(word TEXT PRIMARY KEY, surface TEXT NOT NULL, term TEXT NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID;

        -- Per-term postings for our own BM25: statement numbers (delta varints) with field-weighted term frequencies.
        CREATE TABLE postings(term TEXT PRIMARY KEY, df INTEGER NOT NULL, data BLOB NOT NULL);
        -- Field-weighted length of each statement (title ×3, text ×1, meta ×2), for BM25's length normalisation.
        CREATE TABLE doc_lengths(doc INTEGER PRIMARY KEY, length INTEGER NOT NULL);

        -- Where each term stands in each statement (column and place, one form per place), for phrases: see TermPositions.
        -- 'last' is the list's last statement, so that an appending build can add to it without decoding it.
        CREATE TABLE positions(term TEXT PRIMARY KEY, docs INTEGER NOT NULL, last INTEGER NOT NULL, data BLOB NOT NULL);

        -- Per statement, where each place of its text column stands in its pages (original offsets) and which terms it
        -- holds (as numbers from term_ids), for snippets without analysing the text again: see Snippets/Places.
        CREATE TABLE places(doc INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE term_ids(term TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;

        -- Field-restricted words (title:, text:) still go through FTS5.
        CREATE VIRTUAL TABLE ft USING fts5(title, text, meta, content='', columnsize=1, detail=full);
        """;
}

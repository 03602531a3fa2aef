using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using MMM.Statements.Model;
using MMM.Statements.Search.Mapping;

namespace MMM.Statements.Search;

/// <summary>Statements read back from a commit: by id, as hits, their files, language versions and related statements.</summary>
internal static class Hits
{
    private static readonly ISet<string> LongRecordOnly = new HashSet<string> { StatementFields.LongRecord };

    public static int? DocOf(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(StatementFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>Whether some statement of the commit has <paramref name="value"/> in the exact field <paramref name="field"/>.</summary>
    public static bool Holds(IndexSearcher searcher, string field, string value) =>
        searcher.Search(new TermQuery(new Term(field, value)), 1).TotalHits > 0;

    public static StoredStatement Stored(IndexSearcher searcher, int doc)
    {
        var bytes = RecordBytes(searcher, doc);
        return bytes.Length > 0
            ? StoredStatement.Read(bytes.Bytes, bytes.Offset, bytes.Length)
            : StoredStatement.Read(searcher.Doc(doc, LongRecordOnly).Get(StatementFields.LongRecord) ?? "");
    }

    /// <summary>The stored statement and its pages' text, in file then page order.</summary>
    public static StoredStatement Stored(IndexSearcher searcher, int doc, out List<(int File, int Page, string Text)> pages)
    {
        var document = searcher.Doc(doc);
        var texts = document.GetValues(StatementFields.PageText);
        var places = document.GetValues(StatementFields.PagePlace);
        pages = new List<(int, int, string)>(texts.Length);
        for (var i = 0; i < texts.Length && i < places.Length; i++)
        {
            var (file, page, _) = Place(places[i]);
            pages.Add((file, page, texts[i]));
        }
        return Stored(searcher, doc);
    }

    /// <summary>"file:page:pdf" → its parts.</summary>
    public static (int File, int Page, bool Pdf) Place(string place)
    {
        var parts = place.Split(':');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 2 && parts[2] == "1");
    }

    public static StatementFile FileOf(StoredFile file) =>
        new(file.Number, file.Path, Path.GetFileName(file.Path), file.Extracted.Format, file.Extracted.Status, file.Extracted.Detail, file.PageCount,
            file.Extracted.OcrPages);

    /// <summary>A document's record as the binary doc values hold it (empty when it was too long for them).</summary>
    private static Lucene.Net.Util.BytesRef RecordBytes(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new Lucene.Net.Util.BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(StatementFields.Record)?.Get(doc - leaf.DocBase, bytes);
        return bytes;
    }

    public static SearchHit Hit(IndexSearcher searcher, int doc, StoredStatement stored, float score, IReadOnlyList<Snippet> snippets, string uiLanguage) =>
        Summary(stored, stored.Id, stored.Topics, "", score, snippets) with
        {
            Versions = VersionsOf(searcher, doc, stored).Select(v => new LanguageVersion(v.Id, v.Language, v.Title)).ToList(),
        };

    /// <summary>A hit showing a statement's facts; <paramref name="anchor"/> ends its link (an ask's place in it).</summary>
    private static SearchHit Summary(StatementSummary stored, string id, IReadOnlyList<string> topics, string anchor, float score, IReadOnlyList<Snippet> snippets) => new()
    {
        Id = id,
        Title = stored.Title,
        Date = stored.Date,
        Language = stored.Language,
        Body = stored.Body,
        Session = stored.Session,
        Year = stored.Year,
        Symbols = stored.Symbol is { } s ? [s] : [],
        Topics = topics,
        Partners = stored.Partners,
        Type = stored.Type,
        Location = stored.Location,
        Url = "/statements/" + Uri.EscapeDataString(id) + anchor,
        Score = Math.Round(score, 4),
        Snippets = snippets,
    };

    /// <summary>A hit of a search of asks: the ask (marked by its language's reading of the query), linking to it in place, with its statement's facts.</summary>
    public static SearchHit AskHit(IndexSearcher searcher, int doc, float score, bool snippet, IReadOnlyDictionary<string, Query>? perLanguage)
    {
        var bytes = RecordBytes(searcher, doc);
        var stored = StoredAsk.Read(bytes.Bytes, bytes.Offset, bytes.Length);
        var ask = stored.Ask;
        IReadOnlyList<Snippet> snippets = !snippet ? []
            : perLanguage?.GetValueOrDefault(stored.Language) is { } query
                ? Snippets.SnippetMaker.Make([(ask.FileNumber, ask.Page ?? 1, stored.Pdf, ask.Text)], stored.Language, query, StatementFields.AskText(stored.Language))
                // Nothing to mark (no words searched): the whole ask.
                : [Snippets.SnippetMaker.Whole(ask.Text, ask.Page, ask.FileNumber)];
        return Summary(stored, stored.StatementId, ask.Topics, "#ask-" + ask.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), score, snippets) with
        {
            Unit = StatementFields.AskUnit,
            AskNumber = ask.Number,
            AskText = ask.Text,
        };
    }

    /// <summary>The other language versions of a statement (same base symbol), French first.</summary>
    public static List<StoredStatement> VersionsOf(IndexSearcher searcher, int doc, StoredStatement stored)
    {
        if (stored.VersionGroup is null)
        {
            return [];
        }
        var top = searcher.Search(new TermQuery(new Term(StatementFields.VersionGroup, stored.VersionGroup)), 20);
        return top.ScoreDocs.Where(d => d.Doc != doc).Select(d => Stored(searcher, d.Doc))
            .OrderByDescending(v => v.Language == "fr").ThenBy(v => v.Language, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Of the statements whose own symbol is <paramref name="symbol"/> (language versions), the one to open: exact symbol, then French.</summary>
    public static int? OwnerOf(IndexSearcher searcher, string symbol)
    {
        foreach (var field in new[] { StatementFields.Symbol, StatementFields.SymbolBase })
        {
            var value = field == StatementFields.SymbolBase ? UnSymbol.BaseSymbol(symbol) : symbol;
            var top = searcher.Search(new TermQuery(new Term(field, value)), 20);
            if (top.TotalHits > 0)
            {
                return top.ScoreDocs.Select(d => (d.Doc, Stored: Stored(searcher, d.Doc)))
                    .OrderByDescending(d => d.Stored.Symbol == symbol).ThenByDescending(d => d.Stored.Language == "fr").ThenBy(d => d.Doc)
                    .First().Doc;
            }
        }
        return null;
    }

    /// <summary>Up to five statements sharing topics (and the body) with a statement, nearest in time first; its versions left out.</summary>
    public static List<SearchHit> Related(IndexSearcher searcher, int doc, StoredStatement stored, string uiLanguage)
    {
        var query = new BooleanQuery();
        foreach (var topic in stored.Topics)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(FacetNames.Topic, topic))) { Boost = 2 }, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0)
        {
            return [];
        }
        if (stored.Body is { } body)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(FacetNames.Body, body))) { Boost = 1 }, Occur.SHOULD);
        }
        var day = stored.Date?.DayNumber ?? new DateOnly(stored.Year ?? 2000, 1, 1).DayNumber;
        var collector = new RelatedCollector(doc, StatementFields.GroupOf(stored.VersionGroup), day);
        searcher.Search(query, collector);
        var seenGroups = new HashSet<long>();
        var related = new List<SearchHit>();
        foreach (var (other, group) in collector.Best())
        {
            if (group != 0 && !seenGroups.Add(group))
            {
                continue;
            }
            related.Add(Hit(searcher, other, Stored(searcher, other), 0, [], uiLanguage));
            if (related.Count == 5)
            {
                break;
            }
        }
        return related;
    }

    public static IReadOnlyList<IndexedFileState> AllFiles(StatementSearcher searcher)
    {
        var files = new List<IndexedFileState>();
        var reader = searcher.IndexReader;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (searcher.Accepts(doc))
            {
                foreach (var file in Stored(searcher, doc).Files)
                {
                    files.Add(new IndexedFileState(file.Path, file.Size, file.ModifiedUnixSeconds, file.Hash, file.SidecarHash, Failed: false));
                }
            }
        }
        files.AddRange(searcher.Failures.Where(f => f.Hash is not null).Select(f => new IndexedFileState(f.Path, -1, -1, f.Hash, null, Failed: true)));
        return files;
    }

    /// <summary>What the commit says against what it holds: statement count, unique ids, readable records.</summary>
    public static IEnumerable<string> CountChecks(StatementSearcher searcher)
    {
        var reader = searcher.IndexReader;
        if (searcher.Info.SchemaVersion != StatementFields.SchemaVersion)
        {
            yield return $"schema version {searcher.Info.SchemaVersion}, expected {StatementFields.SchemaVersion}";
        }
        if (searcher.StatementCount != searcher.Info.Statements)
        {
            yield return $"the commit says {searcher.Info.Statements} statements, the index holds {searcher.StatementCount}";
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var files = 0;
        var unreadable = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (!searcher.Accepts(doc))
            {
                continue;
            }
            StoredStatement stored;
            try
            {
                stored = Stored(searcher, doc);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
            {
                unreadable++;
                continue;
            }
            files += stored.Files.Count;
            if (!ids.Add(stored.Id))
            {
                yield return $"statement {stored.Id} is in the index twice";
            }
        }
        if (unreadable > 0)
        {
            yield return $"{unreadable} statement records cannot be read";
        }
        if (files != searcher.Info.Files)
        {
            yield return $"the commit says {searcher.Info.Files} files, the index holds {files}";
        }
    }

    /// <summary>Keeps the best related statements: most shared (topics count twice), then nearest in time.</summary>
    private sealed class RelatedCollector(int self, long selfGroup, int day) : ICollector
    {
        private readonly List<(float Shared, int Days, int Doc, long Group)> _found = [];
        private Scorer? _scorer;
        private int _base;
        private long[] _groups = [];
        private int[] _days = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _base = context.DocBase;
            var values = Querying.SegmentValues.Of(context);
            _groups = values.Groups;
            _days = values.Days;
        }

        public void Collect(int doc)
        {
            var global = _base + doc;
            var group = _groups[doc];
            var shared = _scorer!.GetScore();
            if (global == self || (selfGroup != 0 && group == selfGroup) || shared < 2)
            {
                return;
            }
            var otherDay = _days[doc];
            _found.Add((shared, otherDay < 0 ? int.MaxValue / 2 : Math.Abs(otherDay - day), global, group));
        }

        public IEnumerable<(int Doc, long Group)> Best() =>
            _found.OrderByDescending(f => f.Shared).ThenBy(f => f.Days).ThenBy(f => f.Doc).Take(50).Select(f => (f.Doc, f.Group));
    }
}

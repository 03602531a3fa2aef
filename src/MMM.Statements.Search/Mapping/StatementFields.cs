using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using MMM.Statements.Analysis;
using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Search.Mapping;

/// <summary>
/// The whole mapping from a statement to Lucene fields, and back: field names, field types, the analyzer of each
/// field, boosts, the facets' configuration. Nothing else names a field.
/// </summary>
internal static class StatementFields
{
    /// <summary>Changes whenever the fields or their meaning change; an index of another schema is rebuilt.</summary>
    public const int SchemaVersion = 15;

    public const string Id = "id";
    public const string Language = "language";
    /// <summary>
    /// The statement's record (JSON, UTF-8, deflated) as binary doc values: a hit reads it directly, where a stored field
    /// would decompress the page texts stored beside it (measured: two thirds of a top-10 search's time for its hits at
    /// 10k). Deflated, since doc values are not compressed (uncompressed, the index grew 6.6% at 10k). A record too long
    /// for doc values is a stored field instead (<see cref="LongRecord"/>).
    /// </summary>
    public const string Record = "record";

    /// <summary>A record longer than <see cref="MaxRecordBytes"/> (its binary doc value is then empty).</summary>
    public const string LongRecord = "longrecord";

    /// <summary>Lucene 4.8 refuses binary doc values of more than 32,766 bytes.</summary>
    public const int MaxRecordBytes = 32_000;
    public const string PageText = "page";
    public const string PagePlace = "pageref";
    public const string Symbol = "symbol";
    public const string SymbolBase = "symbolbase";
    public const string Cites = "cites";
    public const string CitesBase = "citesbase";
    public const string VersionGroup = "versiongroup";
    public const string FilePath = "filepath";

    /// <summary>The file path in lower case, for the admin list's search by file name (any part of the path).</summary>
    public const string FileName = "filename";

    /// <summary>The file names an HTML page links as PDFs, so a publication can tell whether a new PDF belongs to a page already indexed.</summary>
    public const string LinkedName = "linkedname";

    /// <summary>The 64-bit hash of the version group (0: none): language versions of one statement count once.</summary>
    public const string GroupKey = "group";

    /// <summary>The date as a day number (−1: undated), for the date sorts and recency.</summary>
    public const string Day = "day";

    public const string YearNumber = "yearn";

    /// <summary>
    /// "ask" on the document of one of a statement's asks (a statement's own document has no unit). Ask documents live in
    /// the statements' index, beside their statement, so one commit publishes both; <see cref="StatementSearcher"/>
    /// shows every search one kind only.
    /// </summary>
    public const string Unit = "unit";

    public const string AskUnit = "ask";

    /// <summary>The statement id an ask document belongs to: updating or deleting the statement deletes its asks by it.</summary>
    public const string AskOf = "askof";

    /// <summary>An ask's text, analysed in its statement's language: a field of its own, so that the statements' word statistics (and ranking) stay theirs.</summary>
    public static string AskText(string language) => "ask." + language;

    public const float TitleBoost = 3f;
    public const float MetaBoost = 2f;

    public static string Title(string language) => "title." + language;
    public static string Text(string language) => "text." + language;

    /// <summary>Session, body and symbol as words (<c>csocd61</c>, <c>csw</c>), analysed in the statement's language.</summary>
    public static string Meta(string language) => "meta." + language;

    /// <summary>Folded word, U+0001, the word as written: what prefixes, fuzzy words, suggestions and "did you mean" expand over.</summary>
    public static string Vocabulary(string language) => "vocab." + language;

    public const char VocabularySeparator = '\u0001';

    /// <summary>Exact fields a query may name, each holding the facet's ids (or the normalised symbol).</summary>
    public static readonly IReadOnlyDictionary<string, string> ExactQueryFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [FacetNames.Body] = FacetNames.Body,
        [FacetNames.Session] = FacetNames.Session,
        [FacetNames.Year] = FacetNames.Year,
        [FacetNames.Topic] = FacetNames.Topic,
        [FacetNames.Type] = FacetNames.Type,
        [FacetNames.Language] = Language,
        [FacetNames.Location] = FacetNames.Location,
        [FacetNames.Partner] = FacetNames.Partner,
        ["symbol"] = Symbol,
        ["cites"] = Cites,
    };

    public static readonly FacetsConfig Facets = CreateFacetsConfig();

    private static FacetsConfig CreateFacetsConfig()
    {
        var config = new FacetsConfig();
        config.SetMultiValued(FacetNames.Topic, true);
        config.SetMultiValued(FacetNames.Partner, true);
        return config;
    }

    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS });

    private static readonly FieldType VocabularyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Each field's analyzer: the language chain for text fields, words split on spaces for vocabularies, whole values elsewhere.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in TextAnalyzer.Languages)
        {
            var chain = TextAnalyzer.For(language).Chain;
            perField[Title(language)] = chain;
            perField[Text(language)] = chain;
            perField[Meta(language)] = chain;
            perField[AskText(language)] = chain;
            perField[Vocabulary(language)] = new WhitespaceAnalyzer(StatementAnalyzer.Match);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    public static long GroupOf(string? versionGroup) =>
        versionGroup is null ? 0 : Math.Max(1, (long)(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(versionGroup))) >> 1));

    /// <summary>The Lucene document of a statement (before <see cref="FacetsConfig.Build(Document)"/>).</summary>
    public static Document ToDocument(StatementRecord record)
    {
        var tags = record.Tags;
        var language = TextAnalyzer.Languages.Contains(tags.Language) ? tags.Language : "fr";
        var document = new Document
        {
            new StringField(Id, record.Id, Field.Store.YES),
            new StringField(Language, language, Field.Store.NO),
            new NumericDocValuesField(GroupKey, GroupOf(record.VersionGroup)),
            new NumericDocValuesField(Day, tags.Date?.DayNumber ?? -1),
            new Field(Title(language), tags.Title, TextType) { Boost = 1f },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(StoredStatement.From(record), StoredStatement.Json);
        var deflated = StoredStatement.Deflate(json);
        if (deflated.Length <= MaxRecordBytes)
        {
            document.Add(new BinaryDocValuesField(Record, new Lucene.Net.Util.BytesRef(deflated)));
        }
        else
        {
            document.Add(new BinaryDocValuesField(Record, new Lucene.Net.Util.BytesRef()));
            document.Add(new StoredField(LongRecord, System.Text.Encoding.UTF8.GetString(json)));
        }
        if (record.VersionGroup is { } group)
        {
            document.Add(new StringField(VersionGroup, group, Field.Store.NO));
        }
        var text = new StringBuilder();
        foreach (var file in record.Files)
        {
            document.Add(new StringField(FilePath, file.Path, Field.Store.NO));
            document.Add(new StringField(FileName, file.Path.ToLowerInvariant(), Field.Store.NO));
            foreach (var link in file.Extracted.PdfLinks)
            {
                document.Add(new StringField(LinkedName, LinkName(link), Field.Store.NO));
            }
            foreach (var page in file.Extracted.Pages)
            {
                document.Add(new StoredField(PageText, page.Text));
                document.Add(new StoredField(PagePlace, string.Create(CultureInfo.InvariantCulture, $"{file.Number}:{page.Number}:{(file.Extracted.Format == DocumentFormat.Pdf ? 1 : 0)}")));
                text.Append(page.Text).Append("\n\n");
            }
        }
        document.Add(new Field(Text(language), text.ToString(), TextType));
        document.Add(new Field(Meta(language), MetaWords(tags), TextType));
        document.Add(new Field(Vocabulary(language), VocabularyOf(language, tags.Title, text.ToString()), VocabularyType));

        AddFacets(document, tags.Body, tags.Session?.ToString(), tags.Year, tags.Type, tags.Location, language, tags.Topics, tags.Partners, tags.Symbol, tags.CitedSymbols);
        return Facets.Build(document);
    }

    /// <summary>Writes a statement and its asks in place of any earlier version of them.</summary>
    public static void Write(IndexWriter writer, StatementRecord record)
    {
        writer.DeleteDocuments(new Term(AskOf, record.Id));
        writer.UpdateDocument(new Term(Id, record.Id), ToDocument(record));
        foreach (var ask in ToAskDocuments(record))
        {
            writer.AddDocument(ask);
        }
    }

    /// <summary>Deletes a statement and its asks.</summary>
    public static void Delete(IndexWriter writer, string id)
    {
        writer.DeleteDocuments(new Term(Id, id));
        writer.DeleteDocuments(new Term(AskOf, id));
    }

    /// <summary>The Lucene documents of a statement's asks: each its text, its own topics, its statement's other facets.</summary>
    public static IEnumerable<Document> ToAskDocuments(StatementRecord record)
    {
        if (record.Tags.Asks.Count == 0)
        {
            yield break;
        }
        var stored = StoredStatement.From(record);
        var language = TextAnalyzer.Languages.Contains(stored.Language) ? stored.Language : "fr";
        foreach (var ask in stored.Asks)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(StoredAsk.From(stored, ask), StoredStatement.Json);
            var document = new Document
            {
                new StringField(Unit, AskUnit, Field.Store.NO),
                new StringField(AskOf, record.Id, Field.Store.NO),
                new StringField(Language, language, Field.Store.NO),
                new NumericDocValuesField(GroupKey, 0),
                new NumericDocValuesField(Day, stored.Date?.DayNumber ?? -1),
                new BinaryDocValuesField(Record, new Lucene.Net.Util.BytesRef(StoredStatement.Deflate(json))),
                new Field(AskText(language), ask.Text, TextType),
            };
            AddFacets(document, stored.Body, stored.Session, stored.Year, stored.Type, stored.Location, language, ask.Topics, stored.Partners, stored.Symbol, []);
            yield return Facets.Build(document);
        }
    }

    private static void AddFacets(Document document, string? body, string? session, int? year, string? type, string? location, string language,
        IReadOnlyList<string> topics, IReadOnlyList<string> partners, string? symbol, IReadOnlyList<string> citedSymbols)
    {
        void Exact(string facet, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                document.Add(new StringField(facet, value, Field.Store.NO));
                document.Add(new SortedSetDocValuesFacetField(facet, value));
            }
        }
        Exact(FacetNames.Body, body);
        Exact(FacetNames.Session, session);
        Exact(FacetNames.Year, year?.ToString(CultureInfo.InvariantCulture));
        Exact(FacetNames.Type, type);
        Exact(FacetNames.Location, location);
        document.Add(new SortedSetDocValuesFacetField(FacetNames.Language, language));
        foreach (var topic in topics.Distinct(StringComparer.Ordinal))
        {
            Exact(FacetNames.Topic, topic);
        }
        foreach (var partner in partners.Distinct(StringComparer.Ordinal))
        {
            Exact(FacetNames.Partner, partner);
        }
        if (year is { } y)
        {
            document.Add(new Int32Field(YearNumber, y, Field.Store.NO));
        }
        if (symbol is not null)
        {
            document.Add(new StringField(Symbol, symbol, Field.Store.NO));
            document.Add(new StringField(SymbolBase, UnSymbol.BaseSymbol(symbol), Field.Store.NO));
        }
        foreach (var cited in citedSymbols.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(Cites, cited, Field.Store.NO));
            document.Add(new StringField(CitesBase, UnSymbol.BaseSymbol(cited), Field.Store.NO));
        }
    }

    /// <summary>The file name a link names, unescaped, without query or fragment.</summary>
    public static string LinkName(string href)
    {
        var clean = href.Split('#', '?')[0];
        try
        {
            clean = Uri.UnescapeDataString(clean);
        }
        catch (UriFormatException)
        {
            // Kept as written.
        }
        return Path.GetFileName(clean.Replace('\\', '/'));
    }

    private static string MetaWords(StatementTags tags)
    {
        var parts = new List<string>();
        if (tags.Session is { } session)
        {
            parts.Add(session.ToString());
        }
        if (tags.Body is not null)
        {
            parts.Add(tags.Body);
        }
        if (tags.Symbol is not null)
        {
            parts.Add(tags.Symbol.Replace('/', ' '));
        }
        return string.Join(' ', parts);
    }

    /// <summary>Each distinct word of the statement once, as "folded U+0001 written" (the written form lower-cased, its elision stripped).</summary>
    private static string VocabularyOf(string language, string title, string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var analyzer = TextAnalyzer.For(language);
        foreach (var source in new[] { title, text })
        {
            foreach (var token in analyzer.AnalyzeWords(source))
            {
                if (token.Term.Length < 2 || token.Term.Length > StatementAnalyzer.MaxWordLength || token.End > source.Length)
                {
                    continue;
                }
                var written = source[token.Start..token.End].ToLowerInvariant();
                var apostrophe = written.LastIndexOfAny(['\'', '’']);
                if (apostrophe >= 0 && !token.Term.Contains('\'', StringComparison.Ordinal))
                {
                    written = written[(apostrophe + 1)..];
                }
                if (written.Length == 0 || written.Any(c => char.IsWhiteSpace(c) || c == VocabularySeparator || char.IsControl(c)))
                {
                    continue;
                }
                words.Add(token.Term + VocabularySeparator + written);
            }
        }
        return string.Join(' ', words);
    }
}

using MMM.Statements.Model;

namespace MMM.Statements.Web.Localization;

/// <summary>Strings of the search pages, statement pages, API messages and feeds, once per language (see <see cref="UiText"/>).</summary>
public sealed partial record SearchText
{
    public required string ResultsHeading { get; init; }
    public required string SearchTitleFormat { get; init; }
    public required string QueryLabel { get; init; }
    public required string SuggestionsLabel { get; init; }
    public required string SyntaxHelpSummary { get; init; }
    public required string SyntaxPhrase { get; init; }
    public required string SyntaxOr { get; init; }
    public required string SyntaxNot { get; init; }
    public required string SyntaxField { get; init; }
    public required string SyntaxPrefix { get; init; }
    public required string SyntaxSymbol { get; init; }
    public required string ErrorTitle { get; init; }
    public required string NewSearch { get; init; }
    public required string ErrorUnknownSort { get; init; }
    public required string ErrorQueryTooLongFormat { get; init; }
    public required string ErrorBadFacetValue { get; init; }
    public required string ErrorBadNumber { get; init; }
    public required string ErrorTextTooLongFormat { get; init; }
    public required string ErrorUnknownLanguage { get; init; }
    public required string StatementNotFound { get; init; }
    public required string NewestHeading { get; init; }
    public required string CorpusCountFormat { get; init; }
    public required string ResultCountFormat { get; init; }

    /// <summary>Beside a count of statements, when they stand for more language versions: "(65 versions linguistiques)".</summary>
    public required string VersionCountFormat { get; init; }
    public required string TookFormat { get; init; }
    public required string SortLabel { get; init; }
    public required string SortRelevance { get; init; }
    public required string SortNewest { get; init; }
    public required string SortOldest { get; init; }
    public required string NoticeFellBackToAnyWord { get; init; }
    public required string NoticeOnlyStopWords { get; init; }
    public required string NoticeQueryTruncated { get; init; }
    public required string NoticeTimedOut { get; init; }
    public required string NoticeSymbolResolved { get; init; }
    public required string NoResultsTitle { get; init; }
    public required string DidYouMean { get; init; }
    public required string WithoutFiltersFormat { get; init; }
    public required string NoResultsHint { get; init; }
    public required string FeedLink { get; init; }
    public required string ExportLink { get; init; }
    public required string FacetsHeading { get; init; }
    public required string SkipToFilters { get; init; }
    public required string FacetOther { get; init; }
    public required string FacetBody { get; init; }
    public required string FacetSession { get; init; }
    public required string FacetYear { get; init; }
    public required string FacetTopic { get; init; }
    public required string FacetType { get; init; }
    public required string FacetLanguage { get; init; }
    public required string FacetLocation { get; init; }
    public required string FacetPartner { get; init; }
    public required string ShowMoreFormat { get; init; }
    public required string FilterSelectedSuffix { get; init; }
    public required string FilterAddSuffix { get; init; }
    public required string ActiveFiltersLabel { get; init; }
    public required string RemoveFilterSuffix { get; init; }
    public required string ClearAllFilters { get; init; }
    public required string SessionFromQueryNote { get; init; }
    public required string SessionFromQueryHint { get; init; }
    public required string PagerLabel { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageWord { get; init; }
    public required string LanguagesLabel { get; init; }
    public required string PageShortFormat { get; init; }
    public required string OpenAtPageFormat { get; init; }
    public required string FieldTopics { get; init; }
    public required string BreadcrumbLabel { get; init; }
    public required string AllStatements { get; init; }
    public required string BackToResultsFormat { get; init; }
    public required string MetadataHeading { get; init; }
    public required string FieldDate { get; init; }
    public required string FieldSymbol { get; init; }
    public required string FieldCitedSymbols { get; init; }
    public required string OtherVersions { get; init; }
    public required string FullTextHeading { get; init; }
    public required string HighlightNoteFormat { get; init; }
    public required string PageFormat { get; init; }
    public required string OpenPdfAtPage { get; init; }
    public required string CiteHeading { get; init; }
    public required string CopyCitation { get; init; }
    public required string CitationCopied { get; init; }
    public required string Permalink { get; init; }
    public required string FilesHeading { get; init; }
    public required string OnePage { get; init; }
    public required string PagesCountFormat { get; init; }
    public required string RelatedHeading { get; init; }
    public required string CitationDefaultType { get; init; }
    public required string CitationSessionFormat { get; init; }

    // Labels of values the engine leaves as ids, typography, date format, search examples, plural forms, extraction outcomes.
    public required string BodyOther { get; init; }
    public required string Colon { get; init; }
    public required string DateFormat { get; init; }
    public required string SyntaxPhraseExample { get; init; }
    public required string SyntaxOrExample { get; init; }
    public required string SyntaxNotExample { get; init; }
    public required string SyntaxPrefixExample { get; init; }
    public required string SyntaxFuzzyExample { get; init; }
    public required string CorpusCountOneFormat { get; init; }
    public required string ResultCountOneFormat { get; init; }
    public required string FileNotReadFormat { get; init; }
    public required string SeeTheFile { get; init; }
    public required string NoTextLayerExplained { get; init; }

    /// <summary>Said of a file whose text, or part of it, was recognised from a scanned image (OCR); {0} is the file name.</summary>
    public required string OcrNoticeFormat { get; init; }

    /// <summary>Beside the number of a page whose text was recognised from its image.</summary>
    public required string OcrPageMark { get; init; }
    public required string StatusExtracted { get; init; }
    public required string StatusNoTextLayer { get; init; }
    public required string StatusPasswordProtected { get; init; }
    public required string StatusDamaged { get; init; }
    public required string StatusNotSupported { get; init; }
    public required string StatusTimedOut { get; init; }
    public required string StatusEmpty { get; init; }
    public required string StatusTooLarge { get; init; }
    public required string QuotedFormat { get; init; }

    /// <summary>The heading of a facet (the facet names of <see cref="MMM.Statements.Search.FacetNames"/>).</summary>
    public string FacetLabel(string facet) => facet switch
    {
        "body" => FacetBody,
        "session" => FacetSession,
        "year" => FacetYear,
        "topic" => FacetTopic,
        "type" => FacetType,
        "language" => FacetLanguage,
        "location" => FacetLocation,
        "partner" => FacetPartner,
        _ => facet,
    };

    /// <summary>How extraction of a file ended, in this language (Core gives the typed status, the site says it).</summary>
    public string Extraction(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Extracted => StatusExtracted,
        ExtractionStatus.NoTextLayer => StatusNoTextLayer,
        ExtractionStatus.PasswordProtected => StatusPasswordProtected,
        ExtractionStatus.Damaged => StatusDamaged,
        ExtractionStatus.NotSupported => StatusNotSupported,
        ExtractionStatus.TimedOut => StatusTimedOut,
        ExtractionStatus.Empty => StatusEmpty,
        ExtractionStatus.TooLarge => StatusTooLarge,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

namespace MMM.Statements.Web.Localization;

/// <summary>Strings of the staff pages that manage the index and the files, once per language (see <see cref="UiText"/>).</summary>
public sealed partial record ManageText
{
    public required string DashboardIntro { get; init; }
    public required string IndexHeading { get; init; }
    public required string NoLiveIndex { get; init; }
    public required string BuiltAt { get; init; }
    public required string StatementsCount { get; init; }
    public required string FilesCount { get; init; }
    public required string FailedCount { get; init; }
    public required string AnalyzerVersion { get; init; }
    public required string SchemaVersion { get; init; }
    public required string IndexFile { get; init; }
    public required string FacetCounts { get; init; }
    public required string FacetBody { get; init; }
    public required string FacetSession { get; init; }
    public required string FacetYear { get; init; }
    public required string FacetTopic { get; init; }
    public required string FacetType { get; init; }
    public required string FacetLanguage { get; init; }
    public required string FacetLocation { get; init; }
    public required string IndexFailuresTitle { get; init; }
    public required string DiskChangesTitle { get; init; }
    public required string DiskChangesUnknown { get; init; }
    public required string DiskUnchanged { get; init; }
    public required string ChangeNew { get; init; }
    public required string ChangeModified { get; init; }
    public required string ChangeRemoved { get; init; }
    public required string ReindexTitle { get; init; }
    public required string NoBuildRunning { get; init; }
    public required string UpdateRunning { get; init; }
    public required string RebuildRunning { get; init; }
    public required string ProgressFormat { get; init; }
    public required string RemainingFormat { get; init; }
    public required string CurrentFileFormat { get; init; }
    public required string RefreshLink { get; init; }
    public required string StageDiscovering { get; init; }
    public required string StageExtracting { get; init; }
    public required string StageTagging { get; init; }
    public required string StageWriting { get; init; }
    public required string StageVerifying { get; init; }
    public required string StageDone { get; init; }
    public required string UpdateButton { get; init; }
    public required string UpdateExplained { get; init; }
    public required string RebuildButton { get; init; }
    public required string RebuildExplained { get; init; }
    public required string CancelButton { get; init; }
    public required string CancelExplained { get; init; }
    public required string UpdateStarted { get; init; }
    public required string RebuildStarted { get; init; }
    public required string UpdateQueued { get; init; }
    public required string BuildAlreadyRunning { get; init; }
    public required string CancelRequested { get; init; }
    public required string NoBuildToCancel { get; init; }
    public required string HistoryTitle { get; init; }
    public required string LastBuildFormat { get; init; }
    public required string LastBuildFailuresFormat { get; init; }
    public required string LastInterruptedFormat { get; init; }
    public required string NoHistory { get; init; }
    public required string HistoryStarted { get; init; }
    public required string HistoryMode { get; init; }
    public required string HistoryBy { get; init; }
    public required string HistoryOutcome { get; init; }
    public required string HistoryDuration { get; init; }
    public required string HistoryResult { get; init; }
    public required string HistoryCountsFormat { get; init; }
    public required string ModeFull { get; init; }
    public required string ModeUpdate { get; init; }
    public required string OutcomeRunning { get; init; }
    public required string OutcomeSucceeded { get; init; }
    public required string OutcomeUnchanged { get; init; }
    public required string OutcomeFailed { get; init; }
    public required string OutcomeCancelled { get; init; }
    public required string OutcomeInterrupted { get; init; }
    public required string UploadTitle { get; init; }
    public required string UploadIntro { get; init; }
    public required string UploadFormTitle { get; init; }
    public required string FilesLabel { get; init; }
    public required string FilesHintFormat { get; init; }
    public required string UploadButton { get; init; }
    public required string PendingTitle { get; init; }
    public required string PendingEmpty { get; init; }
    public required string NoFileChosen { get; init; }
    public required string UploadAcceptedFormat { get; init; }
    public required string UploadRefusedFormat { get; init; }
    public required string TooManyFilesFormat { get; init; }
    public required string RefusedEmpty { get; init; }
    public required string RefusedTooLargeFormat { get; init; }
    public required string RefusedExtension { get; init; }
    public required string RefusedContentMismatch { get; init; }
    public required string RefusedUnknown { get; init; }
    public required string UploadNotFound { get; init; }
    public required string PreviewTitle { get; init; }
    public required string PreviewIntroFormat { get; init; }
    public required string FixProblems { get; init; }
    public required string FieldsTitle { get; init; }
    public required string FieldsHint { get; init; }
    public required string FieldTitle { get; init; }
    public required string FieldDate { get; init; }
    public required string FieldLanguage { get; init; }
    public required string FieldBody { get; init; }
    public required string FieldSession { get; init; }
    public required string SessionHint { get; init; }
    public required string FieldType { get; init; }
    public required string FieldLocation { get; init; }
    public required string FieldTopics { get; init; }
    public required string FieldSymbol { get; init; }
    public required string FieldCitedSymbols { get; init; }
    public required string FirstPageTitle { get; init; }
    public required string PublishButton { get; init; }
    public required string DiscardButton { get; init; }
    public required string PublishedFormat { get; init; }
    public required string PublishFailedFormat { get; init; }
    public required string DiscardedFormat { get; init; }
    public required string TitleRequired { get; init; }
    public required string TitleTooLong { get; init; }
    public required string DateInvalid { get; init; }
    public required string LanguageInvalid { get; init; }
    public required string BodyInvalid { get; init; }
    public required string SessionInvalid { get; init; }
    public required string TypeInvalid { get; init; }
    public required string LocationInvalid { get; init; }
    public required string TopicInvalid { get; init; }
    public required string SymbolInvalid { get; init; }
    public required string StatementsTitle { get; init; }
    public required string StatementsIntro { get; init; }
    public required string FilterLabel { get; init; }
    public required string FilterButton { get; init; }
    public required string StatementsCountFormat { get; init; }
    public required string FilesColumn { get; init; }
    public required string ActionsColumn { get; init; }
    public required string ReplaceLabelFormat { get; init; }
    public required string ReplaceButton { get; init; }
    public required string DeleteButton { get; init; }
    public required string DeleteLabelFormat { get; init; }
    public required string PagesLabel { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string StatementNotFound { get; init; }
    public required string ActionFailedFormat { get; init; }
    public required string ReplaceFormatMismatch { get; init; }
    public required string ReplacedFormat { get; init; }
    public required string DeletedFormat { get; init; }
    public required string TrashTitle { get; init; }
    public required string TrashIntro { get; init; }
    public required string TrashEmpty { get; init; }
    public required string DeletedAtFormat { get; init; }
    public required string RestoreButton { get; init; }
    public required string RestoredFormat { get; init; }
    public required string RestoreNameTaken { get; init; }
    public required string TrashEntryNotFound { get; init; }

    /// <summary>The heading of a facet on the dashboard.</summary>
    public string FacetName(string facet) => facet switch
    {
        "body" => FacetBody,
        "session" => FacetSession,
        "year" => FacetYear,
        "topic" => FacetTopic,
        "type" => FacetType,
        "language" => FacetLanguage,
        "location" => FacetLocation,
        _ => facet,
    };
}

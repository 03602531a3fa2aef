namespace MMM.Statements.Web.Localization;

/// <summary>
/// Strings of the pages on MMM's position over time: the topic list (<c>/topics</c>), a topic's or a search's timeline
/// (<c>/topics/{topic}</c>, <c>/timeline</c>) and the comparison of two statements (<c>/compare</c>), once per language
/// (see <see cref="UiText"/>).
/// </summary>
public sealed partial record EvolutionText
{
    public required string TopicsTitle { get; init; }
    public required string TopicsIntro { get; init; }
    public required string AllTopics { get; init; }

    /// <summary>The search page's link to the timeline of the same search.</summary>
    public required string SeeEvolution { get; init; }

    /// <summary>A topic page's heading: "{0} : la position de MMM au fil du temps".</summary>
    public required string TopicTitleFormat { get; init; }

    /// <summary>A search's timeline heading, with its words: "Évolution de la recherche « {0} »".</summary>
    public required string SearchTitleFormat { get; init; }

    /// <summary>A search's timeline heading without words (filters only).</summary>
    public required string FilteredTitle { get; init; }
    public required string FiltersLabel { get; init; }
    public required string ChartHeading { get; init; }

    /// <summary>The chart's accessible description: "{0} de {1} à {2} ; l’année la plus fournie : {3} ({4})."</summary>
    public required string ChartDescriptionFormat { get; init; }

    /// <summary>A bar segment's label: "{0}, {1} : {2}" (body, year, count).</summary>
    public required string SegmentLabelFormat { get; init; }

    /// <summary>A year's total above its bar: "{0} : {1} — voir ces déclarations" (year, count).</summary>
    public required string YearLinkFormat { get; init; }
    public required string LegendLabel { get; init; }
    public required string TableCaption { get; init; }
    public required string BodyColumn { get; init; }
    public required string TotalLabel { get; init; }

    /// <summary>Statements of the search without a year: "{0} sans date" (not drawn in the chart).</summary>
    public required string UndatedFormat { get; init; }
    public required string UndatedHeading { get; init; }
    public required string ItemsHeading { get; init; }

    /// <summary>When the list stops before the end: "Les {0} plus récentes sur {1} sont listées ici."</summary>
    public required string ItemsCappedFormat { get; init; }
    public required string SearchTheseLink { get; init; }
    public required string NoStatements { get; init; }

    public required string CompareTitle { get; init; }
    public required string CompareIntro { get; init; }
    public required string EarlierLabel { get; init; }
    public required string LaterLabel { get; init; }

    /// <summary>The column of a language version: "Version {0}".</summary>
    public required string VersionLabelFormat { get; init; }
    public required string KeptOneFormat { get; init; }
    public required string KeptFormat { get; init; }
    public required string ChangedOneFormat { get; init; }
    public required string ChangedFormat { get; init; }
    public required string AddedOneFormat { get; init; }
    public required string AddedFormat { get; init; }
    public required string DroppedOneFormat { get; init; }
    public required string DroppedFormat { get; init; }
    public required string PairedOneFormat { get; init; }
    public required string PairedFormat { get; init; }

    /// <summary>A paragraph only one language version has: "seulement en {0}" (language name).</summary>
    public required string OnlyInFormat { get; init; }
    public required string ParagraphOneFormat { get; init; }
    public required string ParagraphFormat { get; init; }

    /// <summary>How many paragraphs only one language version has: "{0} seulement en {1}" ("3 paragraphes", "EN").</summary>
    public required string OnlyInCountFormat { get; init; }

    /// <summary>The side-by-side table's first column: what became of each paragraph.</summary>
    public required string RowKindColumn { get; init; }
    public required string CountsLabel { get; init; }
    public required string RowKept { get; init; }
    public required string RowChanged { get; init; }
    public required string RowAdded { get; init; }
    public required string RowDropped { get; init; }
    public required string RowPaired { get; init; }

    /// <summary>What the marks mean, for every reader: "Mots ajoutés soulignés, mots retirés barrés."</summary>
    public required string MarksLegend { get; init; }

    /// <summary>Said to screen readers around a word run: "ajouté :" / "retiré :".</summary>
    public required string InsertedMark { get; init; }
    public required string DeletedMark { get; init; }
    public required string EndMark { get; init; }

    /// <summary>Language versions are translations: their words are not compared, only their paragraphs matched.</summary>
    public required string TranslationNote { get; init; }

    /// <summary>A text cut before comparing: "… au plus {0} paragraphes et {1} caractères de chacun."</summary>
    public required string CappedFormat { get; init; }
    public required string NoText { get; init; }
    public required string SwappedNote { get; init; }
    public required string MissingIds { get; init; }
    public required string SameIds { get; init; }

    /// <summary>An id the index does not hold: "Aucune déclaration n’a l’identifiant « {0} »."</summary>
    public required string UnknownIdFormat { get; init; }

    /// <summary>The statement page's box of comparisons.</summary>
    public required string CompareHeading { get; init; }

    /// <summary>"Comparer avec la déclaration précédente sur ce thème ({0})" (topic label).</summary>
    public required string ComparePreviousFormat { get; init; }

    /// <summary>"Comparer avec la version {0}" (language code).</summary>
    public required string CompareVersionFormat { get; init; }
}

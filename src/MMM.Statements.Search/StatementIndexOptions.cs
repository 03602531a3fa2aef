namespace MMM.Statements.Search;

/// <summary>How the live index is read.</summary>
public sealed record StatementIndexOptions
{
    /// <summary>A query running longer is stopped and says so.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often, at most, a search checks whether a new index has been published.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Labels of facet values, session names and the topic terms used for cross-language search.</summary>
    public Tagging.Taxonomy Taxonomy { get; init; } = Tagging.Taxonomy.Default;

    /// <summary>
    /// Whether a search may take its page in rank order and count on bitmaps (<see cref="Querying.Ranking"/>) where it
    /// can; off, every search visits every match. The results are the same either way: tests compare the two.
    /// </summary>
    internal bool RankInOrder { get; init; } = true;
}

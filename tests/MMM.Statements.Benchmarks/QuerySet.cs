namespace MMM.Statements.Benchmarks;

/// <summary>The queries of a corpus (<c>queries.txt</c>) with their kinds (<c>queries.tsv</c>: kind, tab, query).</summary>
internal sealed record QuerySet(IReadOnlyList<string> Queries, IReadOnlyDictionary<string, string> Kinds)
{
    public static QuerySet Load(string corpusDirectory)
    {
        var path = Path.Combine(corpusDirectory, "queries.txt");
        if (!File.Exists(path))
        {
            throw new BenchUsageException($"{path} does not exist (generate the corpus with `bench corpus`)");
        }
        // Stripped the way the Lucene harness strips them (Java's strip() is Unicode whitespace, as Trim is).
        var queries = File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var tsv = Path.Combine(corpusDirectory, "queries.tsv");
        if (File.Exists(tsv))
        {
            foreach (var line in File.ReadLines(tsv))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    kinds[line[(tab + 1)..].Trim()] = line[..tab];
                }
            }
        }
        return new QuerySet(queries, kinds);
    }

    public string KindOf(string query) => Kinds.GetValueOrDefault(query, "other");
}

using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Benchmarks;

/// <summary>
/// Listens to the indexer's progress to learn when each stage began, so a build's time splits into discovering,
/// extracting, tagging, writing and verifying; prints a line now and then so a long build shows it is alive.
/// Reports arrive synchronously from the indexer's threads.
/// </summary>
internal sealed class IndexingClock : IProgress<IndexingProgress>
{
    private readonly object _lock = new();
    private readonly Dictionary<IndexingStage, TimeSpan> _began = [];
    private TimeSpan _lastPrint;

    public void Report(IndexingProgress value)
    {
        lock (_lock)
        {
            _began.TryAdd(value.Stage, value.Elapsed);
            if (value.Elapsed - _lastPrint > TimeSpan.FromSeconds(15))
            {
                _lastPrint = value.Elapsed;
                Console.Error.WriteLine($"bench:   {value.Stage} {value.Done}/{value.Total} after {value.Elapsed.TotalSeconds:F0} s");
            }
        }
    }

    /// <summary>Milliseconds spent in each stage that was seen, up to <paramref name="total"/> for the last one.</summary>
    public IReadOnlyList<(IndexingStage Stage, long Ms)> Stages(TimeSpan total)
    {
        lock (_lock)
        {
            var ordered = _began.OrderBy(p => p.Value).ToList();
            var result = new List<(IndexingStage, long)>();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].Key == IndexingStage.Done)
                {
                    continue;
                }
                var end = i + 1 < ordered.Count ? ordered[i + 1].Value : total;
                result.Add((ordered[i].Key, (long)(end - ordered[i].Value).TotalMilliseconds));
            }
            return result;
        }
    }
}

using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Tests.Querying;

/// <summary>
/// "Did you mean" and fuzzy words (<c>word~</c>) look for vocabulary words close to a typed word. Before the full edit
/// distance, a cheap bound drops words with too many letters the typed word lacks (or the reverse); it must never drop a
/// word the full distance would keep.
/// </summary>
public sealed class VocabularyTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Create(TestIndex.Sample());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void SimilarWordsAreExactlyThoseTheEditDistanceKeeps()
    {
        using var search = _index.Open();
        using var lease = search.Acquire()!;
        using var connection = lease.Generation.OpenConnection();
        var words = lease.Generation.VocabularyWords(connection).Sorted;
        Assert.True(words.Length > 100, $"the sample vocabulary has {words.Length} words");

        var checkedTypos = 0;
        foreach (var typo in words.Where(w => w.Length >= 4).SelectMany(Typos).Distinct(StringComparer.Ordinal))
        {
            foreach (var maxEdits in new[] { 1, 2 })
            {
                var expected = words
                    .Where(w => w[0] == typo[0] && Vocabulary.EditDistance(typo, w, maxEdits) <= maxEdits)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                var found = Vocabulary.Similar(lease.Generation, connection, typo, maxEdits, int.MaxValue)
                    .Select(c => c.Word)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                Assert.True(expected.SequenceEqual(found),
                    $"'{typo}' within {maxEdits}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
                checkedTypos++;
            }
        }
        Assert.True(checkedTypos > 1000, $"only {checkedTypos} checks");
    }

    /// <summary>A word with one or two letters replaced by letters it lacks, one dropped, two swapped, one added.</summary>
    private static IEnumerable<string> Typos(string word)
    {
        yield return word;
        yield return word[..1] + "q" + word[2..];
        yield return word[..1] + "qz" + word[3..];
        yield return word[..2] + word[3..];
        yield return word[..1] + word[2] + word[1] + word[3..];
        yield return word + "x";
        yield return word[..^1] + "wk";
    }
}

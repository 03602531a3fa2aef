using System.Text;
using MMM.Statements.Extraction;
using MMM.Statements.Model;

namespace MMM.Statements.Tests.Extraction;

[CollectionDefinition(nameof(HtmlParseStopTests), DisableParallelization = true)]
public sealed class HtmlParseStopCollection;

/// <summary>
/// A parse that runs out of time stops, and has stopped by the time the extractor answers: before, it was abandoned on
/// its thread and went on using a core long after the file had been reported as timed out. Alone in their collection,
/// as they count the parse threads of the whole process.
/// </summary>
[Collection(nameof(HtmlParseStopTests))]
public sealed class HtmlParseStopTests
{
    private static readonly byte[] LongPage = Encoding.UTF8.GetBytes("<html><body>"
        + string.Concat(Enumerable.Repeat("<p>Le travail de soin non rémunéré des mères.</p>", 100_000)) + "</body></html>");

    [Fact]
    public void AParseThatOutrunsItsTimeoutHasStoppedWhenTheExtractorAnswers()
    {
        var extractor = new HtmlExtractor(new ExtractionOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var document = extractor.Extract(LongPage);

        Assert.Equal(ExtractionStatus.TimedOut, document.Status);
        Assert.Equal(0, HtmlExtractor.RunningParses);
    }

    [Fact]
    public async Task AParseTheCallerCancelsHasStoppedWhenTheExtractorThrows()
    {
        var extractor = new HtmlExtractor(ExtractionOptions.Default);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extractor.ExtractAsync(LongPage, cancelled.Token));

        Assert.Equal(0, HtmlExtractor.RunningParses);
    }
}

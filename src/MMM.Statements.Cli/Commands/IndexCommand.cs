using System.Globalization;
using MMM.Statements.Extraction;
using MMM.Statements.Search.Indexing;

namespace MMM.Statements.Cli.Commands;

/// <summary><c>mmm-statements index</c>: builds or updates the index, prints progress, then one summary line.</summary>
internal static class IndexCommand
{
    public static async Task<int> RunAsync(VerbContext context)
    {
        var args = context.Args;
        var options = new IndexerOptions
        {
            SourceDirectory = args.Get("source") ?? RepositoryPaths.DefaultSource,
            IndexDirectory = args.Get("index") ?? RepositoryPaths.DefaultIndex,
        };
        if (!DocumentExtractor.PopplerAvailable(out var popplerProblem))
        {
            await context.Stderr.WriteLineAsync($"mmm-statements index: {popplerProblem} (install poppler-utils); the live index is unchanged");
            return CommandLine.Failure;
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var reporter = new ProgressPrinter(context.Stderr);
            var summary = await new StatementIndexer(options).BuildAsync(args.Has("full"), reporter, cancel.Token);
            reporter.Finish();
            foreach (var failure in summary.Failures)
            {
                await context.Stderr.WriteLineAsync($"  failed: {failure.Path}: {failure.Status} {failure.Detail}".TrimEnd());
            }
            await context.Stdout.WriteLineAsync(summary.Changed ? summary.Line : summary.Line + " (no change: the live index is up to date)");
            return CommandLine.Ok;
        }
        catch (BuildAlreadyRunningException e)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements index: {e.Message} Try again when it ends.");
            return CommandLine.Failure;
        }
        catch (OperationCanceledException)
        {
            await context.Stderr.WriteLineAsync("mmm-statements index: cancelled; the live index is unchanged");
            return CommandLine.Failure;
        }
        // FormatException: the taxonomy or the ask rules of the source folder cannot be read (the message names the file and the entry).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or MMM.Statements.Search.IndexUnavailableException)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements index: the build failed ({e.Message}); the live index is unchanged");
            return CommandLine.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>One line per stage change and every 100 files (or a rewritten line on a terminal), with rate and time left.</summary>
    private sealed class ProgressPrinter(TextWriter output) : IProgress<IndexingProgress>
    {
        private readonly object _lock = new();
        private readonly bool _terminal = !Console.IsErrorRedirected;
        private IndexingStage? _stage;
        private int _lastPrinted = -1;

        public void Report(IndexingProgress value)
        {
            lock (_lock)
            {
                var stageChanged = value.Stage != _stage;
                if (!stageChanged && !_terminal && value.Done - _lastPrinted < 100 && value.Done != value.Total)
                {
                    return;
                }
                _stage = value.Stage;
                _lastPrinted = value.Done;
                var rate = value.Elapsed.TotalSeconds > 0 ? value.Done / value.Elapsed.TotalSeconds : 0;
                var eta = value.Remaining is { } r ? $", about {r.TotalSeconds:0} s left" : "";
                var line = value.Total > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{value.Stage.ToString().ToLowerInvariant()}: {value.Done}/{value.Total} ({rate:0.#}/s{eta})")
                    : value.Stage.ToString().ToLowerInvariant() + "…";
                if (_terminal)
                {
                    output.Write("\r" + line.PadRight(72));
                    if (stageChanged && value.Stage == IndexingStage.Done)
                    {
                        output.WriteLine();
                    }
                }
                else
                {
                    output.WriteLine(line);
                }
            }
        }

        public void Finish()
        {
            if (_terminal)
            {
                output.WriteLine();
            }
        }
    }
}

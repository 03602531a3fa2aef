using MMM.Statements.PdfWorker;

// mmm-pdf-worker: reads PDFs with PdfPig for MMM.Statements, one request at a time on stdin, frames back on stdout
// (WorkerProtocol.cs). It is started, limited, timed and killed by Core's PdfWorkerPool; it ends when its stdin closes
// or its parent dies.
ParentWatch.Start();
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Ready), CancellationToken.None);
while (await WorkerFrames.ReadAsync<WorkerRequest>(input, 64 * 1024, CancellationToken.None) is { } request)
{
    var healthy = await PdfReader.ReadAsync(request, output);
    if (!healthy)
    {
        // After an out-of-memory the heap may be in any state: end, and let the pool start a fresh worker.
        return 3;
    }
}
return 0;

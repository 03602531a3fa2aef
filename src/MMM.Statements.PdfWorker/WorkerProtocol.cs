using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

// This file is compiled into both the worker and Core (linked), so the two ends of the pipe share one definition
// without Core ever loading the worker's assembly or PdfPig.
namespace MMM.Statements.PdfWorker;

/// <summary>One file to read: its absolute path, how many pages to read and how many bytes of text to send back.</summary>
internal sealed record WorkerRequest(string Path, int MaxPages, int MaxTextBytes);

internal enum FrameKind
{
    /// <summary>The worker has started and waits for a request.</summary>
    Ready,

    /// <summary>The file opened: <see cref="WorkerFrame.Number"/> is its page count, with its metadata.</summary>
    Opened,

    /// <summary>One page's text, in content order, and the number of glyphs drawn on it.</summary>
    Page,

    /// <summary>The file is read; <see cref="WorkerFrame.Truncated"/> when the text cap stopped it.</summary>
    Done,

    /// <summary>PdfPig threw: <see cref="WorkerFrame.Error"/> is the exception type, with its message.</summary>
    Failed,
}

/// <summary>The document's information dictionary and catalog language, as written (dates unparsed).</summary>
internal sealed record WorkerMetadata(string? Title, string? Author, DateOnly? Created, string? Language);

/// <summary>What the worker sends back: a stream of these per request, ending with Done or Failed.</summary>
internal sealed record WorkerFrame(
    FrameKind Kind,
    int Number = 0,
    string? Text = null,
    int Glyphs = 0,
    bool Truncated = false,
    string? Error = null,
    string? Message = null,
    WorkerMetadata? Metadata = null);

[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerFrame))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
internal sealed partial class WorkerJson : JsonSerializerContext;

/// <summary>
/// Frames on the pipes: a 4-byte little-endian length, then that many bytes of UTF-8 JSON. A reader is given the
/// largest frame it accepts, so a confused or hostile peer cannot make it allocate without bound.
/// </summary>
internal static class WorkerFrames
{
    // Text is sent as written: escaping every accented letter as \u00e9 would triple French text on the pipe.
    private static readonly JsonSerializerOptions Options = new(WorkerJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly WorkerJson Context = new(Options);

    public static async Task WriteAsync<T>(Stream stream, T value, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeof(T), Context);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        await stream.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next frame, or null at the end of the stream.</summary>
    /// <exception cref="InvalidDataException">The frame is longer than <paramref name="maxBytes"/> or not valid JSON.</exception>
    public static async Task<T?> ReadAsync<T>(Stream stream, int maxBytes, CancellationToken cancellationToken) where T : class
    {
        var length = new byte[4];
        if (!await FillAsync(stream, length, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size < 0 || size > maxBytes)
        {
            throw new InvalidDataException($"frame of {size} bytes, limit {maxBytes}");
        }
        var body = new byte[size];
        if (!await FillAsync(stream, body, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidDataException("stream ended inside a frame");
        }
        try
        {
            return (T?)JsonSerializer.Deserialize(body, typeof(T), Context) ?? throw new InvalidDataException("empty frame");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("frame is not valid JSON: " + e.Message, e);
        }
    }

    private static async Task<bool> FillAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return total == 0 ? false : throw new InvalidDataException("stream ended inside a frame");
            }
            total += read;
        }
        return true;
    }
}

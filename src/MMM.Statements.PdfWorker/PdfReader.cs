using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Tokens;

namespace MMM.Statements.PdfWorker;

/// <summary>Reads one PDF with PdfPig and sends its metadata, then its pages one by one, then Done or Failed.</summary>
internal static class PdfReader
{
    private static readonly NameToken Lang = NameToken.Create("Lang");

    /// <summary>False when the worker should end (out of memory); every other failure is a Failed frame.</summary>
    public static async Task<bool> ReadAsync(WorkerRequest request, Stream output)
    {
        var sent = 0;
        try
        {
            using var document = PdfDocument.Open(request.Path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Opened, document.NumberOfPages, Metadata: Metadata(document)), CancellationToken.None);
            var pages = Math.Min(document.NumberOfPages, request.MaxPages);
            for (var number = 1; number <= pages; number++)
            {
                var page = document.GetPage(number);
                // Content order follows the order the text was written in, which keeps columns and French elisions
                // whole (the layout routes move the apostrophe of "L’éducation"); page.Text would glue words.
                var text = WithoutControlCharacters(ContentOrderTextExtractor.GetText(page));
                var glyphs = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                var bytes = Encoding.UTF8.GetByteCount(text);
                if (sent + bytes > request.MaxTextBytes)
                {
                    var kept = Cut(text, request.MaxTextBytes - sent);
                    await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Page, number, kept, glyphs), CancellationToken.None);
                    await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Done, Truncated: true), CancellationToken.None);
                    return true;
                }
                sent += bytes;
                await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Page, number, text, glyphs), CancellationToken.None);
            }
            await WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Done), CancellationToken.None);
            return true;
        }
        catch (OutOfMemoryException e)
        {
            await Fail(output, e);
            return false;
        }
        catch (Exception e)
        {
            // PdfPig throws many types on bad files (its own, IndexOutOfRange, KeyNotFound, InvalidOperation,
            // NotSupported…): all of them mean "PdfPig cannot read this file", which the parent answers with poppler.
            await Fail(output, e);
            return true;
        }
    }

    private static Task Fail(Stream output, Exception e) =>
        WorkerFrames.WriteAsync(output, new WorkerFrame(FrameKind.Failed, Error: e.GetType().Name, Message: Truncate(e.Message, 500)), CancellationToken.None);

    private static WorkerMetadata Metadata(PdfDocument document)
    {
        var info = document.Information;
        DateOnly? created = null;
        try
        {
            if (info.GetCreatedDateTimeOffset() is { } date)
            {
                created = DateOnly.FromDateTime(date.UtcDateTime);
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // A malformed date is no reason to lose the text.
        }
        return new WorkerMetadata(NonEmpty(info.Title), NonEmpty(info.Author), created, NonEmpty(CatalogLanguage(document)));
    }

    private static string? CatalogLanguage(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (!catalog.TryGet(Lang, out var token))
        {
            return null;
        }
        if (token is IndirectReferenceToken reference)
        {
            token = document.Structure.GetObject(reference.Data).Data;
        }
        return token is StringToken s ? s.Data : null;
    }

    // Control characters mean nothing in text and would cost six bytes each as JSON escapes; lines and tabs stay.
    private static string WithoutControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\t'))
            : text;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    /// <summary>The longest prefix of <paramref name="text"/> that fits in <paramref name="room"/> UTF-8 bytes.</summary>
    private static string Cut(string text, int room)
    {
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            if (used + bytes > room)
            {
                break;
            }
            used += bytes;
            i += width;
        }
        return text[..i];
    }
}

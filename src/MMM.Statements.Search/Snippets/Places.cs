using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// Where each place of a statement's text column stands in its pages, stored at build time so that snippets need
/// neither the analysis nor any page but the ones they show. Per page that has words: file number, page number and
/// whether it is a PDF page (page × 2 + 1), the number of places, then per place its start (delta from the previous
/// start) and length, in offsets of the page's original text. Places are numbered across the pages in order, as
/// <see cref="TermPositions"/> counts them in the text column.
/// </summary>
internal static class Places
{
    public static void AppendPage(List<byte> buffer, int file, int page, bool paged, IReadOnlyList<(int Start, int End)> places)
    {
        if (places.Count == 0)
        {
            return;
        }
        Varint.Write(buffer, file);
        Varint.Write(buffer, page * 2 + (paged ? 1 : 0));
        Varint.Write(buffer, places.Count);
        var previous = 0;
        foreach (var (start, end) in places)
        {
            // Offsets mapped back through normalisation never go backwards; clamp anyway so the deltas stay unsigned.
            var from = Math.Max(start, previous);
            Varint.Write(buffer, from - previous);
            Varint.Write(buffer, Math.Max(0, end - from));
            previous = from;
        }
    }

    public static List<SnippetBuilder.PagePlaces> Decode(ReadOnlySpan<byte> data)
    {
        var pages = new List<SnippetBuilder.PagePlaces>();
        var position = 0;
        var first = 0;
        while (position < data.Length)
        {
            var file = Varint.Read(data, ref position);
            var page = Varint.Read(data, ref position);
            var count = Varint.Read(data, ref position);
            var starts = new int[count];
            var ends = new int[count];
            var previous = 0;
            for (var i = 0; i < count; i++)
            {
                previous += Varint.Read(data, ref position);
                starts[i] = previous;
                ends[i] = previous + Varint.Read(data, ref position);
            }
            pages.Add(new SnippetBuilder.PagePlaces(file, page / 2, page % 2 == 1, first, starts, ends));
            first += count;
        }
        return pages;
    }
}

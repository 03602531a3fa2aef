using MMM.Statements.Search.Querying;

namespace MMM.Statements.Search.Snippets;

/// <summary>
/// Where each place of a statement's text column stands in its pages and which terms it holds, stored at build time
/// so that snippets need neither the analysis nor any page but the ones they show. Per page that has words: file
/// number, page number and whether it is a PDF page (page × 2 + 1), the number of places, then per place its start
/// (delta from the previous start) and length in offsets of the page's original text, its term's number × 2 (+ 1 when
/// the word has a second form), and that form's number. Places are numbered across the pages in order, as
/// <see cref="TermPositions"/> counts them in the text column; term numbers come from the index's term_ids.
/// </summary>
internal static class Places
{
    /// <summary>One place: the word's offsets in its page's text, its term (the form phrases see) and its other form (0 for none).</summary>
    public readonly record struct Place(int Start, int End, int Term, int Alternative);

    /// <summary>A statement's pages with words, and per place (numbered across them) its term and other form.</summary>
    public sealed record Decoded(List<SnippetBuilder.PagePlaces> Pages, int[] Terms, int[] Alternatives);

    public static void AppendPage(List<byte> buffer, int file, int page, bool paged, IReadOnlyList<Place> places)
    {
        if (places.Count == 0)
        {
            return;
        }
        Varint.Write(buffer, file);
        Varint.Write(buffer, page * 2 + (paged ? 1 : 0));
        Varint.Write(buffer, places.Count);
        var previous = 0;
        foreach (var place in places)
        {
            // Offsets mapped back through normalisation never go backwards; clamp anyway so the deltas stay unsigned.
            var from = Math.Max(place.Start, previous);
            Varint.Write(buffer, from - previous);
            Varint.Write(buffer, Math.Max(0, place.End - from));
            Varint.Write(buffer, place.Term * 2 + (place.Alternative > 0 ? 1 : 0));
            if (place.Alternative > 0)
            {
                Varint.Write(buffer, place.Alternative);
            }
            previous = from;
        }
    }

    public static Decoded Decode(ReadOnlySpan<byte> data)
    {
        var pages = new List<SnippetBuilder.PagePlaces>();
        var terms = new List<int>();
        var alternatives = new List<int>();
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
                var term = Varint.Read(data, ref position);
                terms.Add(term >> 1);
                alternatives.Add((term & 1) == 1 ? Varint.Read(data, ref position) : 0);
            }
            pages.Add(new SnippetBuilder.PagePlaces(file, page / 2, page % 2 == 1, first, starts, ends));
            first += count;
        }
        return new Decoded(pages, [.. terms], [.. alternatives]);
    }
}

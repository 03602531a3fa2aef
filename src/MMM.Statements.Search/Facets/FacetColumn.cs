namespace MMM.Statements.Search.Facets;

/// <summary>
/// One facet held in memory for a whole index generation: its distinct values and, per document, the ordinals of
/// its values (compressed rows: <c>Ords[Offsets[doc]..Offsets[doc+1]]</c>). Read-only once built, so searches on
/// any thread share it without locks.
/// </summary>
internal sealed class FacetColumn
{
    private readonly Dictionary<string, int> _ordinals;

    private FacetColumn(string name, string[] values, int[] offsets, int[] ords)
    {
        Name = name;
        Values = values;
        Offsets = offsets;
        Ords = ords;
        _ordinals = new Dictionary<string, int>(values.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Length; i++)
        {
            _ordinals.TryAdd(values[i], i);
        }
        var single = new int[offsets.Length - 1];
        for (var doc = 0; doc < single.Length; doc++)
        {
            var n = offsets[doc + 1] - offsets[doc];
            if (n > 1)
            {
                single = null;
                break;
            }
            single[doc] = n == 0 ? -1 : ords[offsets[doc]];
        }
        SingleOrds = single;
    }

    /// <summary>
    /// When no statement has more than one value (every facet but topics): each statement's ordinal, -1 for none;
    /// counting then reads one array instead of two.
    /// </summary>
    public int[]? SingleOrds { get; }

    public string Name { get; }

    public string[] Values { get; }

    public int[] Offsets { get; }

    public int[] Ords { get; }

    public int? Ordinal(string value) => _ordinals.TryGetValue(value, out var ord) ? ord : null;

    public ReadOnlySpan<int> OrdsOf(int doc) => Ords.AsSpan(Offsets[doc], Offsets[doc + 1] - Offsets[doc]);

    /// <summary>True when <paramref name="doc"/> has any of the values in <paramref name="selected"/>.</summary>
    public bool Matches(int doc, bool[] selected)
    {
        for (var i = Offsets[doc]; i < Offsets[doc + 1]; i++)
        {
            if (selected[Ords[i]])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// This column with documents after its last one (numbered up to <paramref name="count"/>) taking their values from
    /// <paramref name="added"/>: the same column <see cref="Build"/> makes from all the pairs, without going over the
    /// documents this one holds again (values stay sorted, so a new value renumbers the ordinals after it).
    /// </summary>
    public FacetColumn Extend(int count, IReadOnlyList<(int Doc, string Value)> added)
    {
        var first = Offsets.Length - 1;
        var values = Values.Concat(added.Where(p => p.Doc >= first && p.Doc <= count && !string.IsNullOrEmpty(p.Value)).Select(p => p.Value))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ordinalOf = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            ordinalOf[values[i]] = i;
        }
        var renumbered = Values.Select(v => ordinalOf[v]).ToArray();
        var ords = new List<int>(Ords.Length + added.Count);
        foreach (var ord in Ords)
        {
            ords.Add(renumbered[ord]);
        }
        var offsets = new int[count + 2];
        Array.Copy(Offsets, offsets, first);
        var perDoc = added.Where(p => p.Doc >= first && p.Doc <= count && !string.IsNullOrEmpty(p.Value)).ToLookup(p => p.Doc, p => p.Value);
        for (var doc = first; doc <= count; doc++)
        {
            offsets[doc] = ords.Count;
            foreach (var value in perDoc[doc].Distinct())
            {
                ords.Add(ordinalOf[value]);
            }
        }
        offsets[count + 1] = ords.Count;
        return new FacetColumn(Name, values, offsets, ords.ToArray());
    }

    /// <summary>Builds a column from (doc, value) pairs; documents are numbered 1..<paramref name="count"/>.</summary>
    public static FacetColumn Build(string name, int count, IEnumerable<(int Doc, string Value)> pairs)
    {
        var perDoc = new List<string>?[count + 1];
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (doc, value) in pairs)
        {
            if (doc < 1 || doc > count || string.IsNullOrEmpty(value))
            {
                continue;
            }
            (perDoc[doc] ??= []).Add(value);
            distinct.Add(value);
        }
        var values = distinct.ToArray();
        var ordinalOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            ordinalOf[values[i]] = i;
        }
        var offsets = new int[count + 2];
        var ords = new List<int>(count);
        for (var doc = 0; doc <= count; doc++)
        {
            offsets[doc] = ords.Count;
            if (perDoc[doc] is { } list)
            {
                foreach (var value in list.Distinct())
                {
                    ords.Add(ordinalOf[value]);
                }
            }
        }
        offsets[count + 1] = ords.Count;
        return new FacetColumn(name, values, offsets, ords.ToArray());
    }
}

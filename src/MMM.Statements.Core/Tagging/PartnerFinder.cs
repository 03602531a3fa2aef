namespace MMM.Statements.Tagging;

/// <summary>
/// The organisations a statement is signed with. Only where the text says who signs: a paragraph with a co-signing
/// phrase ("aux côtés de", "jointly with", "junto con", "signée par") names known partners (the taxonomy's
/// <c>partners</c>, by any of their names or acronyms); a list under a signatories heading ("Signataires",
/// "Signatories", "Firmantes") names them too, and its other organisations are kept as written. A partner named in
/// passing elsewhere (a report quoted, an alliance mentioned) is not a co-signer, and a statement MMM signs alone has none.
/// </summary>
internal sealed class PartnerFinder(Taxonomy taxonomy)
{
    /// <summary>Phrases, folded, that introduce the co-signers in a sentence.</summary>
    private static readonly string[] SigningPhrases =
    [
        "aux cotes de", "conjointement avec", "en partenariat avec", "cosignee par", "cosigne par", "co signee par",
        "signee par", "signe par", "signee avec", "avec les organisations",
        "jointly with", "together with", "co signed by", "cosigned by", "signed by", "in partnership with", "alongside",
        "junto con", "junto a", "conjuntamente con", "firmada por", "firmado por", "en colaboracion con",
    ];

    /// <summary>Headings, folded, of a list of signatories.</summary>
    private static readonly string[] ListHeadings =
    [
        "signataires", "organisations signataires", "liste des signataires", "cosignataires",
        "signatories", "signatory organisations", "signatory organizations", "co signatories", "cosignatories", "signed by",
        "firmantes", "organizaciones firmantes", "entidades firmantes",
    ];

    /// <summary>The most items a signatories list is read for, and the longest line that is still an item.</summary>
    private const int MaxListItems = 80;

    private const int MaxItemLength = 120;

    private readonly Lazy<IReadOnlyList<(string Id, string Folded)>> _names = new(() => taxonomy.Partners
        .SelectMany(p => p.Names.Append(p.Labels.Fr).Append(p.Labels.En).Append(p.Labels.Es).Select(n => (p.Id, Folded: Folding.FoldPhrase(n))))
        .Where(n => n.Folded.Length >= 3)
        .Distinct()
        // Longest first, so "AGE Platform Europe" is read before a shorter name inside it.
        .OrderByDescending(n => n.Folded.Length)
        .ToList());

    /// <summary>The id of the partner this name (or id) belongs to, or null when the taxonomy does not know it.</summary>
    public string? Known(string name)
    {
        var folded = Folding.FoldPhrase(name ?? "");
        return taxonomy.Partners.FirstOrDefault(p => p.Id == name)?.Id
            ?? _names.Value.FirstOrDefault(n => n.Folded == folded).Id;
    }

    public IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        var paragraphs = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var folded = Folding.Fold(paragraphs[i]);
            if (Heading(paragraphs[i]) is { } rest)
            {
                var items = rest.Length > 0 ? [rest] : new List<string>();
                for (var j = i + 1; j < paragraphs.Count && items.Count < MaxListItems; j++)
                {
                    if (paragraphs[j].Length == 0)
                    {
                        if (items.Count > 0 && j + 1 < paragraphs.Count && paragraphs[j + 1].Length == 0)
                        {
                            break;
                        }
                        continue;
                    }
                    if (paragraphs[j].Length > MaxItemLength * 3)
                    {
                        break;
                    }
                    items.Add(paragraphs[j]);
                    i = j;
                }
                foreach (var item in items.SelectMany(Items))
                {
                    Add(found, Known(item) ?? KnownIn(Folding.Fold(item)).FirstOrDefault() ?? AsWritten(item));
                }
            }
            else if (SigningPhrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal)))
            {
                foreach (var id in KnownIn(folded))
                {
                    Add(found, id);
                }
            }
        }
        return found;
    }

    /// <summary>The text after a signatories heading ("" when the list starts on the next line), or null.</summary>
    private static string? Heading(string line)
    {
        var colon = line.IndexOf(':');
        var head = Folding.FoldPhrase(colon >= 0 ? line[..colon] : line);
        if (!ListHeadings.Contains(head))
        {
            return null;
        }
        return colon >= 0 ? line[(colon + 1)..].Trim() : line.Length < 40 ? "" : null;
    }

    /// <summary>The known partners a folded paragraph names, in the order it names them.</summary>
    private IEnumerable<string> KnownIn(string folded)
    {
        var places = new List<(int At, string Id)>();
        var taken = new List<(int Start, int End)>();
        foreach (var (id, name) in _names.Value)
        {
            var needle = " " + name + " ";
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                // The name's own letters, without the spaces around it that the next name may share.
                var (start, end) = (at + 1, at + needle.Length - 1);
                if (taken.Any(t => start < t.End && end > t.Start))
                {
                    continue;
                }
                taken.Add((start, end));
                places.Add((at, id));
            }
        }
        return places.OrderBy(p => p.At).Select(p => p.Id).Distinct();
    }

    /// <summary>A list line's organisations: split at commas, semicolons and bullets.</summary>
    private static IEnumerable<string> Items(string line) =>
        line.Split([',', ';', '•', '·', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.TrimStart('-', '–', '—', '*', ' ').TrimEnd('.', ' '))
            .Where(item => item.Length > 0);

    /// <summary>An unknown organisation of a signatories list as written, when it looks like a name.</summary>
    private static string? AsWritten(string item)
    {
        if (item.Length is < 2 or > MaxItemLength || !char.IsUpper(item[0]) && !char.IsDigit(item[0]) || item.Split(' ').Length > 14)
        {
            return null;
        }
        var folded = Folding.FoldPhrase(item);
        return folded is "make mothers matter" or "mmm" ? null : item;
    }

    private static void Add(List<string> found, string? partner)
    {
        if (partner is not null && !found.Contains(partner, StringComparer.Ordinal))
        {
            found.Add(partner);
        }
    }
}

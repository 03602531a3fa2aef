using System.Globalization;
using System.Text.RegularExpressions;
using MMM.Statements.Model;

namespace MMM.Statements.Tagging;

/// <summary>
/// Decides a statement's facets from its extracted text and the taxonomy: a pure function of the document,
/// the optional sidecar, the taxonomy and the ask rules (no I/O). Every field the sidecar sets wins.
/// </summary>
public sealed partial class Tagger(Taxonomy taxonomy, AskRules? askRules = null)
{
    /// <summary>The head of the first page: where a statement says what it is (masthead, title, "Déclaration orale").</summary>
    private const int HeadLength = 1500;

    /// <summary>
    /// The evidence that makes a body the statement's: a mention of its name in the running text counts two, of its
    /// acronym one, in the title or lead five. One acronym in passing is not enough.
    /// </summary>
    private const int MinBodyEvidence = 2;

    /// <summary>Below this much text the detector has too little to go on and declared metadata is trusted instead.</summary>
    private const int MinTextForDetection = 200;

    private readonly Taxonomy _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
    private readonly TopicMatcher _topics = new(taxonomy);
    private readonly PartnerFinder _partners = new(taxonomy);
    private readonly AskFinder _asks = new(askRules ?? AskRules.Default, new TopicMatcher(taxonomy));

    // Longest first, padded, so that "conférence internationale du travail" goes before "conférence" could be read in it.
    private readonly Lazy<IReadOnlyList<string>> _bodyNames = new(() => taxonomy.Bodies
        .SelectMany(b => b.Names.Concat(b.SessionNames))
        .Select(n => " " + Folding.FoldPhrase(n) + " ")
        .Where(n => n.Length > 2)
        .Distinct()
        .OrderByDescending(n => n.Length)
        .ToList());

    public StatementTags Tag(ExtractedDocument document, StatementSidecar? sidecar)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var firstPage = document.Pages.Count > 0 ? document.Pages[0].Text : "";
        var head = firstPage.Length > HeadLength ? firstPage[..HeadLength] : firstPage;
        var title = FirstNonEmpty(sidecar?.Title, document.Title, FirstLine(text)) ?? "";
        // The lead line ("UN Geneva, Human Rights Council – …") or, on pages without one, the article's opening paragraph:
        // what the statement says it is and where it was made, before the text cites other bodies and sessions.
        var lead = Bounded(document.LeadLine ?? (document.Format == DocumentFormat.Html ? Opening(text, title) : ""), 1000);

        var date = sidecar?.Date ?? document.Date ?? document.Masthead?.Date ?? DateFinder.Find(lead) ?? DateFinder.Find(head);
        var language = NormalizeLanguage(sidecar?.Language) ?? DetectLanguage(text, title, document.DeclaredLanguage);

        var (ownSymbol, cited) = Symbols(document, text, firstPage);
        ownSymbol = sidecar?.Symbol is { } s ? UnSymbol.Normalize(s) ?? s : ownSymbol;
        var citedSymbols = sidecar?.CitedSymbols?.Select(c => UnSymbol.Normalize(c) ?? c).ToList() ?? cited.Where(c => c != ownSymbol).ToList();

        var body = _taxonomy.Body(sidecar?.Body);
        // A body the title or lead names outranks sessions met further down: a European hearing *about* CSW69 is not CSW.
        var announced = body ?? NamedBody(title + " \n " + lead);
        var session = SidecarSession(sidecar?.Session) ?? FindSession(title, lead, head, text, ownSymbol, date, body, announced);
        body ??= _taxonomy.Body(session?.Body) ?? announced ?? BodyOfSymbol(ownSymbol) ?? MostNamedBody(title, lead, text);
        if (session is null && body?.Sessions is { } rule && date is { } d)
        {
            // A body with numbered sessions and a dated statement: the session it was written for.
            session = new UnSession(body.Id, rule.ForDate(d));
        }
        if (session is not null && body is not null && session.Value.Body != body.SessionCode)
        {
            // The sidecar named another body than the session found in the text; the sidecar wins.
            session = null;
        }

        // The year is that of the session or event: a CSW69 statement distributed in December 2024 belongs to 2025.
        var year = SessionYear(session) ?? body?.EventYear ?? date?.Year ?? TitleYear(title) ?? SymbolYear(ownSymbol);
        return new StatementTags
        {
            Title = title,
            Date = date,
            Year = year,
            Language = language,
            Body = body?.Id ?? "other",
            Session = session,
            Symbol = ownSymbol,
            CitedSymbols = citedSymbols,
            Type = KnownType(sidecar?.Type) ?? DetectType(document, title, lead, head, ownSymbol),
            Location = KnownLocation(sidecar?.Location) ?? DetectLocation(lead, title, head, body),
            Topics = sidecar?.Topics?.ToList() ?? _topics.Match(title, text, language),
            Partners = sidecar?.Partners?.Select(p => KnownPartner(p) ?? p).Distinct(StringComparer.Ordinal).ToList() ?? _partners.Find(text),
            Asks = _asks.Find(document.Pages, language),
        };
    }

    private static string DetectLanguage(string text, string title, string? declared)
    {
        var sample = text.Length >= MinTextForDetection ? text : title + "\n" + text;
        if (sample.Length < MinTextForDetection && NormalizeLanguage(declared) is { } known)
        {
            return known;
        }
        return LanguageDetector.Detect(sample);
    }

    private static string? NormalizeLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }
        var code = language.Trim().ToLowerInvariant();
        code = code.Length > 2 ? code[..2] : code;
        return code switch
        {
            "fr" or "en" or "es" => code,
            _ => Folding.FoldPhrase(language) switch
            {
                "francais" or "french" or "frances" => "fr",
                "anglais" or "english" or "ingles" => "en",
                "espagnol" or "spanish" or "espanol" => "es",
                _ => null,
            },
        };
    }

    /// <summary>Own symbol: the masthead's, else the first <c>/NGO/</c> symbol on the first page; cited: all the others.</summary>
    private static (string? Own, IReadOnlyList<string> All) Symbols(ExtractedDocument document, string text, string firstPage)
    {
        var all = UnSymbol.FindAll(text);
        var own = document.Masthead?.Symbol is { } m ? UnSymbol.Normalize(m) : null;
        own ??= UnSymbol.FindAll(firstPage).FirstOrDefault(s => s.Contains("/NGO/", StringComparison.Ordinal));
        return (own, all);
    }

    private UnSession? SidecarSession(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return SessionParser.Parse(value, _taxonomy) ?? (UnSession.TryParse(value, out var canonical) ? canonical : null);
    }

    private UnSession? FindSession(
        string title, string lead, string head, string text, string? ownSymbol, DateOnly? date, TaxonomyBody? body, TaxonomyBody? announced)
    {
        var yearHint = date?.Year;
        bool Fits(UnSession? s, TaxonomyBody? required) => s is not null && (required is null || s.Value.Body == required.SessionCode);
        // The title and lead line name the session the statement is for; the body text may cite earlier ones.
        foreach (var candidate in new[] { SessionParser.Find(title, yearHint, _taxonomy), SessionParser.Find(lead, yearHint, _taxonomy), SessionOfSymbol(ownSymbol) })
        {
            if (Fits(candidate, body))
            {
                return candidate;
            }
        }
        // Further down, a session counts only for the body the title or lead announced, if they announced one.
        var required = body ?? announced;
        var inHead = SessionParser.Find(head, yearHint, _taxonomy);
        if (Fits(inHead, required))
        {
            return inHead;
        }
        var inText = SessionParser.Find(text, yearHint, _taxonomy);
        return Fits(inText, required) ? inText : null;
    }

    /// <summary><c>A/HRC/55/NGO/12</c> names HRC session 55; <c>E/CN.6/2024/NGO/108</c> names the CSW session of 2024.</summary>
    private UnSession? SessionOfSymbol(string? symbol)
    {
        if (symbol is null || BodyOfSymbol(symbol) is not { Sessions: { } rule } body)
        {
            return null;
        }
        // The session or year is the part right after the series prefix: A/HRC/55/…, but not A/HRC/WG.6/7/… (a working group).
        var prefix = body.SymbolPatterns
            .Select(p => Regex.Match(symbol, p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
            .FirstOrDefault(m => m.Success);
        var next = prefix is null ? "" : symbol[(prefix.Index + prefix.Length)..].Split('/')[0];
        int? number = int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return number switch
        {
            >= 1946 and <= 2100 => new UnSession(body.Id, rule.FirstOf(number.Value)),
            > 0 and < 200 when !rule.ByYear => new UnSession(body.Id, number.Value),
            _ => null,
        };
    }

    private TaxonomyBody? BodyOfSymbol(string? symbol) =>
        symbol is null ? null : _taxonomy.Bodies.FirstOrDefault(b => b.OwnsSymbol(symbol));

    /// <summary>
    /// The body a short text (title and lead) names most, by its names and acronyms; on a tie the one named first.
    /// Null when it names none.
    /// </summary>
    private TaxonomyBody? NamedBody(string shortText)
    {
        var folded = Folding.Fold(shortText);
        TaxonomyBody? best = null;
        var (bestCount, bestPosition) = (0, int.MaxValue);
        foreach (var body in _taxonomy.Bodies)
        {
            var count = 0;
            var position = int.MaxValue;
            foreach (var phrase in body.Names.Select(Folding.FoldPhrase))
            {
                var n = Folding.Count(folded, phrase);
                count += n;
                position = n > 0 ? Math.Min(position, Folding.IndexOf(folded, phrase)) : position;
            }
            foreach (var acronym in body.Acronyms.Where(a => !body.Names.Contains(a, StringComparer.OrdinalIgnoreCase)))
            {
                var n = CountCased(shortText, acronym);
                count += n;
                position = n > 0 ? Math.Min(position, Folding.IndexOf(folded, Folding.FoldPhrase(acronym))) : position;
            }
            if (count > bestCount || (count == bestCount && count > 0 && position < bestPosition))
            {
                (best, bestCount, bestPosition) = (body, count, position);
            }
        }
        return best;
    }

    /// <summary>
    /// The body the title and lead line name, else the one the text names most (names and acronyms) — but a single
    /// passing acronym in the text ("a survey in 11 EU countries") is not evidence enough: then none.
    /// </summary>
    private TaxonomyBody? MostNamedBody(string title, string lead, string text)
    {
        var foldedTitle = Folding.Fold(title + " \n " + lead);
        text = Bounded(text, 50_000);
        var foldedText = Folding.Fold(text);
        TaxonomyBody? best = null;
        var bestScore = 0;
        foreach (var body in _taxonomy.Bodies)
        {
            var score = 0;
            foreach (var name in body.Names)
            {
                var phrase = Folding.FoldPhrase(name);
                // A body's full name is evidence on its own; an acronym ("11 EU countries") only when repeated.
                score += 5 * Folding.Count(foldedTitle, phrase) + 2 * Folding.Count(foldedText, phrase);
            }
            foreach (var acronym in body.Acronyms.Where(a => !body.Names.Contains(a, StringComparer.OrdinalIgnoreCase)))
            {
                // Acronyms are matched in their written case: "EU" is an acronym, "eu" is French for "had".
                score += 5 * CountCased(title + " " + lead, acronym) + CountCased(text, acronym);
            }
            if (score > bestScore)
            {
                (best, bestScore) = (body, score);
            }
        }
        return bestScore >= MinBodyEvidence ? best : null;
    }

    private static int CountCased(string text, string word)
    {
        var count = 0;
        var index = text.IndexOf(word, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + word.Length;
            var after = end >= text.Length || !char.IsLetter(text[end]);
            count += before && after ? 1 : 0;
            index = text.IndexOf(word, end, StringComparison.Ordinal);
        }
        return count;
    }

    private int? SessionYear(UnSession? session) =>
        session is { } s && _taxonomy.Body(s.Body)?.Sessions is { } rule ? rule.YearOf(s.Number) : null;

    private static int? SymbolYear(string? symbol) =>
        symbol?.Split('/').Select(p => int.TryParse(p, out var n) ? n : 0).FirstOrDefault(n => n is >= 1946 and <= 2100) is > 0 and var y ? y : null;

    private string? KnownType(string? id) => _taxonomy.Types.FirstOrDefault(t => t.Id == id)?.Id;

    private string? KnownPartner(string name) => _partners.Known(name);

    private string? KnownLocation(string? id) => _taxonomy.Locations.FirstOrDefault(l => l.Id == id)?.Id;

    /// <summary>
    /// The type the title or lead line announces with a clear cue ("Déclaration orale"), else what the form says
    /// (a UN NGO symbol is a written statement, whatever its title talks about), else a title-only cue ("Rapport",
    /// "Sommet"), else the type the head of the text gives most cues for (the first on a tie), else an HTML page is news.
    /// A body's own name is never a cue: the "International Labour Conference" is not a conference MMM held.
    /// </summary>
    private string? DetectType(ExtractedDocument document, string title, string lead, string head, string? ownSymbol)
    {
        foreach (var source in new[] { title, lead })
        {
            if (FirstCue(source, type => type.Cues) is { } announced)
            {
                return announced;
            }
        }
        if (ownSymbol is not null && ownSymbol.Contains("/NGO/", StringComparison.Ordinal))
        {
            return "written-statement";
        }
        if (FirstCue(title, type => type.TitleCues) is { } titled)
        {
            return titled;
        }
        // A news page's whole article (its teasers are gone) tells what it is; a long PDF says it in its first page.
        if (MostCued(document.Format == DocumentFormat.Html ? Bounded(document.Text, 6000) : head) is { } inHead)
        {
            return inHead;
        }
        return document.Format == DocumentFormat.Html ? "news" : null;
    }

    private string? FirstCue(string text, Func<TaxonomyType, IEnumerable<string>> cues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var folded = WithoutBodyNames(Folding.Fold(text));
        return _taxonomy.Types
            .SelectMany(type => cues(type).Select(cue => (type.Id, Index: Folding.IndexOf(folded, Folding.FoldPhrase(cue)))))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Id)
            .FirstOrDefault();
    }

    /// <summary>The type with the most cue occurrences in <paramref name="text"/>; on a tie, the one cued first.</summary>
    private string? MostCued(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var folded = WithoutBodyNames(Folding.Fold(text));
        return _taxonomy.Types
            .Select(type =>
            {
                var phrases = type.Cues.Select(Folding.FoldPhrase).Where(p => p.Length > 0).Distinct().ToList();
                var count = phrases.Sum(p => Folding.Count(folded, p));
                var first = phrases.Select(p => Folding.IndexOf(folded, p)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
                return (type.Id, Count: count, First: first);
            })
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.First)
            .Select(x => x.Id)
            .FirstOrDefault();
    }

    /// <summary>Folded text with the taxonomy's body names blanked out, so that no cue is read inside one.</summary>
    private string WithoutBodyNames(string folded)
    {
        foreach (var name in _bodyNames.Value)
        {
            if (folded.Contains(name, StringComparison.Ordinal))
            {
                folded = folded.Replace(name, " ", StringComparison.Ordinal);
            }
        }
        return folded;
    }

    /// <summary>A year written in the title ("Enquête 2023"), when nothing else dates the statement.</summary>
    private static int? TitleYear(string title)
    {
        var match = Regex.Match(title, @"(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The place the lead line or title names, else where the body meets, else a place the head names.</summary>
    private string? DetectLocation(string lead, string title, string head, TaxonomyBody? body)
    {
        foreach (var source in new[] { lead, title })
        {
            if (FirstLocation(source) is { } found)
            {
                return found;
            }
        }
        return body?.Location ?? FirstLocation(head);
    }

    private string? FirstLocation(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var folded = Folding.Fold(text);
        return _taxonomy.Locations
            .SelectMany(l => l.Cues.Select(cue => (l.Id, Index: Folding.IndexOf(folded, Folding.FoldPhrase(cue)))))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Id)
            .FirstOrDefault();
    }

    /// <summary>
    /// The article's opening: its first paragraph after the title and date lines (with the next one when it is short),
    /// for pages without a "place – …" lead line.
    /// </summary>
    private static string Opening(string text, string title)
    {
        var opening = new System.Text.StringBuilder();
        foreach (var raw in Bounded(text, 4000).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line == title || DateLine().IsMatch(line))
            {
                continue;
            }
            opening.Append(line).Append('\n');
            if (opening.Length >= 150)
            {
                break;
            }
        }
        return Bounded(opening.ToString(), 600);
    }

    [GeneratedRegex(@"^[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    private static string Bounded(string text, int max) => text.Length > max ? text[..max] : text;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 3)
            {
                return trimmed.Length > 200 ? trimmed[..200] : trimmed;
            }
        }
        return null;
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MMM.Statements.Model;

namespace MMM.Statements.Tagging;

/// <summary>
/// Finds UN session mentions in every written form and resolves them to the canonical <see cref="UnSession"/>:
/// <c>CSW68</c>, <c>CSW 68</c>, <c>CSW-68</c>, <c>CSW 2024</c>, <c>68th session of the Commission on the Status of Women</c>,
/// <c>sixty-eighth session</c>, <c>68e</c>/<c>68ème session</c>, <c>soixante-huitième session de la Commission de la
/// condition de la femme</c>, <c>68º período de sesiones</c> all give CSW68. Body names, acronyms and session
/// numbering come from the taxonomy (<see cref="Taxonomy.Default"/> unless one is given).
/// </summary>
public static class SessionParser
{
    private static readonly ConditionalWeakTable<Taxonomy, SessionMatcher> Matchers = new();

    /// <summary>
    /// The most prominent session mentioned in <paramref name="text"/> (the most frequent; the earliest on a tie).
    /// A session number without a body ("68e session") takes the body named nearby, else the body the text names
    /// most, else the body whose session of that number falls in <paramref name="yearHint"/>.
    /// </summary>
    public static UnSession? Find(string text, int? yearHint) => Find(text, yearHint, Taxonomy.Default);

    public static UnSession? Find(string text, int? yearHint, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var mentions = MatcherFor(taxonomy).Mentions(text, yearHint);
        return mentions.Count == 0
            ? null
            : mentions.GroupBy(m => m.Session).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Position)).First().Key;
    }

    /// <summary>
    /// Reads a short query (<c>CSW 2024</c>, <c>CSocD64</c>, <c>68e session de la Commission de la condition de la femme</c>)
    /// as a session; null when it names none or its body cannot be told.
    /// </summary>
    public static UnSession? Parse(string query) => Parse(query, Taxonomy.Default);

    public static UnSession? Parse(string query, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (query.Length > 300)
        {
            return null;
        }
        var first = MatcherFor(taxonomy).Mentions(query, yearHint: null).OrderBy(m => m.Position).FirstOrDefault();
        if (first is not null)
        {
            return first.Session;
        }
        // Canonical names of bodies the taxonomy does not number (UNGA79) are taken as written; the others were checked above.
        return UnSession.TryParse(query, out var canonical) && taxonomy.Body(canonical.Value.Body)?.Sessions is null ? canonical : null;
    }

    /// <summary>All session mentions, in order, for callers that weigh them themselves.</summary>
    internal static IReadOnlyList<SessionMention> FindAll(string text, int? yearHint, Taxonomy taxonomy) =>
        MatcherFor(taxonomy).Mentions(text, yearHint);

    private static SessionMatcher MatcherFor(Taxonomy taxonomy) => Matchers.GetValue(taxonomy, t => new SessionMatcher(t));
}

/// <summary>One session mention: where it starts in the folded text, and what it resolves to.</summary>
internal sealed record SessionMention(UnSession Session, int Position);

/// <summary>The patterns built from one taxonomy's bodies.</summary>
internal sealed partial class SessionMatcher
{
    /// <summary>Session mentions sit near the start; scanning further only costs time on 600-page documents.</summary>
    internal const int MaxScannedChars = 60_000;

    // Compiled once per taxonomy: the ordinal alternation has hundreds of branches.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const int WindowAfter = 120;
    private const int WindowBefore = 80;

    private readonly List<(TaxonomyBody Body, SessionRule Rule)> _bodies;
    private readonly Dictionary<string, TaxonomyBody> _byAcronym = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaxonomyBody> _byName = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, TaxonomyBody Body)> _phrases = [];
    private readonly Regex _codeForm;
    private readonly Regex _ordinalForm;
    private readonly Regex _yearForm;
    private readonly Regex _yearNameForm;
    private readonly Regex _ordinalAnchor;

    /// <summary>More than the longest ordinal with "regular "/"ordinary " before its session word or acronym.</summary>
    private const int OrdinalReach = 96;

    public SessionMatcher(Taxonomy taxonomy)
    {
        _bodies = taxonomy.Bodies.Where(b => b.Sessions is not null).Select(b => (b, b.Sessions!)).ToList();
        foreach (var (body, _) in _bodies)
        {
            foreach (var acronym in body.Acronyms.Append(body.Id))
            {
                var folded = Folding.FoldPhrase(acronym);
                if (folded.Length > 0)
                {
                    _byAcronym.TryAdd(folded, body);
                    _phrases.Add((folded, body));
                }
            }
            foreach (var name in body.Names.Concat(body.SessionNames))
            {
                var folded = Folding.FoldPhrase(name);
                if (folded.Length > 0)
                {
                    _phrases.Add((folded, body));
                    _byName.TryAdd(folded, body);
                }
            }
        }
        var acronyms = Alternation(_byAcronym.Keys);
        // "63rd Commission on the Status of Women", "64th UN Commission on Social Development", "40e Conférence générale".
        var nameAlternation = Alternation(_byName.Keys);
        var names = $"(?:un |united nations |onu |nations unies |naciones unidas )?(?<name>{nameAlternation})";
        var ordinal = $"(?:{Alternation(Ordinals.Words.Keys)}|[0-9]{{1,3}} ?(?:st|nd|rd|th|e|eme|ieme|er|ere|re|o|a))";
        _codeForm = new Regex($" (?<acr>{acronyms}) ?(?<num>[0-9]{{1,4}})(?= )", Options, Timeout);
        _ordinalForm = new Regex(
            $" (?<ord>{ordinal}) (?:(?:regular |ordinary )?(?<word>session|sessions|periodo de sesiones|sesion)|(?<acr>{acronyms})|{names})(?= )",
            Options, Timeout);
        // Where an ordinal form can end: a session word or an acronym. The ordinal pattern (hundreds of alternatives) is
        // only tried just before these, which keeps its leftmost-first matches but spares trying it at every word.
        // The anchor is the name alone: a "UN " before it lies inside the ordinal match, which ends at the anchor's end.
        _ordinalAnchor = new Regex($" (?:session|sessions|periodo de sesiones|sesion|{acronyms}|{nameAlternation})(?= )", Options, Timeout);
        // "Forum politique de haut niveau … Session de 2022", "2025 session of the HLPF", "período de sesiones de 2025".
        _yearForm = new Regex(
            " (?:(?:session de|session of|sessions de|periodo de sesiones de|sesion de) (?<year>(?:19|20)[0-9][0-9])|(?<year>(?:19|20)[0-9][0-9]) session)(?= )",
            Options, Timeout);
        // "the 2024 UN High-Level Political Forum", "2023 Commission on the Status of Women".
        _yearNameForm = new Regex($" (?<year>(?:19|20)[0-9][0-9]) (?:(?<acr>{acronyms})|{names})(?= )", Options, Timeout);
    }

    public IReadOnlyList<SessionMention> Mentions(string text, int? yearHint)
    {
        // Symbols such as A/HRC/55/NGO/12 would otherwise read as "HRC 55"; the tagger handles them separately.
        var scanned = text.Length > MaxScannedChars ? text[..MaxScannedChars] : text;
        var mentions = new List<SessionMention>();
        try
        {
            // A degree sign often stands in for the ordinal indicator: "68° período de sesiones".
            Collect(Folding.Fold(SymbolLike().Replace(scanned, " ").Replace('°', 'º')), yearHint, mentions);
        }
        catch (RegexMatchTimeoutException)
        {
            // Hostile or pathological text: keep what was found before the limit rather than fail the whole tagging.
        }
        mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
        return mentions;
    }

    /// <remarks>
    /// Each pattern starts by consuming the space before its first word (the folded text starts with one and separates
    /// words by one) rather than looking behind for it, so the regex engine jumps from space to space instead of trying
    /// every character; a match's word therefore starts at <c>m.Index + 1</c>.
    /// </remarks>
    private void Collect(string folded, int? yearHint, List<SessionMention> mentions)
    {
        foreach (Match m in _codeForm.Matches(folded))
        {
            var body = _byAcronym[m.Groups["acr"].Value];
            if (Resolve(body, int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture)) is { } session)
            {
                mentions.Add(new SessionMention(session, m.Index + 1));
            }
        }
        TaxonomyBody? dominant = null;
        var dominantComputed = false;
        foreach (var m in OrdinalMatches(folded))
        {
            var number = OrdinalValue(m.Groups["ord"].Value);
            if (number is null)
            {
                continue;
            }
            TaxonomyBody? body;
            if (m.Groups["acr"].Success)
            {
                body = _byAcronym[m.Groups["acr"].Value];
            }
            else if (m.Groups["name"].Success)
            {
                body = _byName[m.Groups["name"].Value];
            }
            else
            {
                body = BodyAfter(folded, m.Index + m.Length) ?? BodyBefore(folded, m.Index + 1);
                if (body is null)
                {
                    if (!dominantComputed)
                    {
                        dominant = DominantBody(folded);
                        dominantComputed = true;
                    }
                    body = dominant ?? BodyByYear(number.Value, yearHint);
                }
            }
            if (body is not null && Resolve(body, number.Value) is { } session)
            {
                mentions.Add(new SessionMention(session, m.Index + 1));
            }
        }
        foreach (Match m in _yearNameForm.Matches(folded))
        {
            var body = m.Groups["acr"].Success ? _byAcronym[m.Groups["acr"].Value] : _byName[m.Groups["name"].Value];
            if (Resolve(body, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)) is { } session)
            {
                mentions.Add(new SessionMention(session, m.Index + 1));
            }
        }
        foreach (Match m in _yearForm.Matches(folded))
        {
            var body = BodyBefore(folded, m.Index + 1) ?? BodyAfter(folded, m.Index + m.Length);
            if (body is not null && Resolve(body, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)) is { } session)
            {
                mentions.Add(new SessionMention(session, m.Index + 1));
            }
        }
    }

    /// <summary>
    /// The matches of the ordinal pattern, in order, found only in the stretch of text before each session word or
    /// acronym (a match ends with one), and kept only when they end at that anchor: a window that starts inside an
    /// earlier, longer ordinal cannot then report a shortened one.
    /// </summary>
    private List<Match> OrdinalMatches(string folded)
    {
        var found = new SortedDictionary<int, Match>();
        foreach (Match anchor in _ordinalAnchor.Matches(folded))
        {
            var end = anchor.Index + anchor.Length;
            var start = Math.Max(0, anchor.Index - OrdinalReach);
            var length = Math.Min(folded.Length, end + 1) - start;
            for (var m = _ordinalForm.Match(folded, start, length); m.Success; m = m.NextMatch())
            {
                if (m.Index + m.Length == end)
                {
                    found.TryAdd(m.Index, m);
                }
            }
        }
        return [.. found.Values];
    }

    /// <summary>The ordinal pattern's matches over the whole text, the slow way (tests compare the two).</summary>
    internal IReadOnlyList<(int Index, int Length)> OrdinalMatchesByFullScan(string folded) =>
        _ordinalForm.Matches(folded).Select(m => (m.Index, m.Length)).ToList();

    internal IReadOnlyList<(int Index, int Length)> OrdinalMatchesByAnchors(string folded) =>
        OrdinalMatches(folded).Select(m => (m.Index, m.Length)).ToList();

    private static int? OrdinalValue(string ordinal)
    {
        if (Ordinals.Words.TryGetValue(ordinal, out var n))
        {
            return n;
        }
        var digits = new string(ordinal.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A body's session from a number that is either a session number or a year; null when implausible.</summary>
    private UnSession? Resolve(TaxonomyBody body, int number)
    {
        var rule = body.Sessions!;
        int session;
        if (number >= 1900)
        {
            if (number > 2100)
            {
                return null;
            }
            session = rule.FirstOf(number);
        }
        else
        {
            if (rule.ByYear || number < 1)
            {
                return null;
            }
            session = number;
        }
        var year = rule.YearOf(session);
        return year is >= 1946 and <= 2100 && session > 0 ? new UnSession(body.SessionCode, session) : null;
    }

    private TaxonomyBody? BodyAfter(string folded, int from)
    {
        var window = folded.Substring(from, Math.Min(WindowAfter, folded.Length - from));
        return _phrases
            .Select(p => (p.Body, Index: Folding.IndexOf(" " + window, p.Phrase)))
            .Where(p => p.Index >= 0)
            .OrderBy(p => p.Index)
            .Select(p => p.Body)
            .FirstOrDefault();
    }

    private TaxonomyBody? BodyBefore(string folded, int to)
    {
        var start = Math.Max(0, to - WindowBefore);
        var window = folded[start..to] + " ";
        return _phrases
            .Select(p => (p.Body, Index: window.LastIndexOf(" " + p.Phrase + " ", StringComparison.Ordinal)))
            .Where(p => p.Index >= 0)
            .OrderByDescending(p => p.Index)
            .Select(p => p.Body)
            .FirstOrDefault();
    }

    private TaxonomyBody? DominantBody(string folded) =>
        _phrases
            .GroupBy(p => p.Body)
            .Select(g => (Body: g.Key, Count: g.Sum(p => Folding.Count(folded, p.Phrase))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .Select(x => x.Body)
            .FirstOrDefault();

    private TaxonomyBody? BodyByYear(int number, int? yearHint)
    {
        if (yearHint is not { } year || number >= 1900)
        {
            return null;
        }
        // Written statements are often dated the year before the session they are filed for.
        foreach (var target in new[] { year, year + 1 })
        {
            var candidates = _bodies.Where(b => !b.Rule.ByYear && b.Rule.YearOf(number) == target).ToList();
            if (candidates.Count == 1)
            {
                return candidates[0].Body;
            }
        }
        return null;
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{1,6}(?:\s*/\s*[A-Za-z0-9.\-]+){2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SymbolLike();
}

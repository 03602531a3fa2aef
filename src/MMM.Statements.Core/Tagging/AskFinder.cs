using System.Text;
using System.Text.RegularExpressions;
using MMM.Statements.Model;

namespace MMM.Statements.Tagging;

/// <summary>
/// Finds what a statement asks governments to do, by the rules of <see cref="AskRules"/>: a sentence whose subject is
/// MMM or "we" and whose verb asks ("Make Mothers Matter appelle les États membres à…"), or each item of the list such a
/// sentence or a "Nos recommandations" heading introduces. A pure function of the pages and the rules.
/// </summary>
internal sealed partial class AskFinder(AskRules rules, TopicMatcher topics)
{
    /// <summary>How far into a sentence its subject may come ("À l’ouverture de la session de la Commission…, Make Mothers Matter appelle…").</summary>
    private const int SubjectWindow = 20;

    /// <summary>Words allowed between the subject and its verb ("nous y demandons", "MMM therefore calls").</summary>
    private const int VerbGap = 2;

    /// <summary>How far after its subject a second verb may come ("MMM salue le rapport du Secrétaire général et appelle…").</summary>
    private const int SecondVerbWindow = 25;

    /// <summary>How much of a statement's text is read for asks (about 250 pages).</summary>
    private const int MaxText = 1_000_000;

    /// <summary>A list longer than this is not a list of asks but a text without punctuation.</summary>
    private const int MaxItems = 30;

    /// <summary>A heading is a short line; a longer one that starts with its words is a sentence.</summary>
    private const int MaxHeadingLength = 60;

    /// <summary>In a PDF, a paragraph's last line is shorter than this share of the page's longest line.</summary>
    private const double ShortLineShare = 0.75;

    private static readonly string[] Abbreviations = ["no", "n", "art", "p", "pp", "cf", "dr", "mr", "mrs", "ms", "mme", "mlle", "st", "vol", "ed", "nr", "num"];

    public IReadOnlyList<StatementAsk> Find(IReadOnlyList<ExtractedPage> pages, string language)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var words = rules.For(language);
        var sentences = Sentences(Blocks(Bounded(pages), words)).ToList();
        var found = new List<(Sentence Sentence, string? LeadIn)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var introducesList = sentence.EndsBlock && sentence.Text.EndsWith(':');
            if (sentence.Heading || (introducesList && IsAsk(sentence, words)) || (introducesList && AnnouncesList(sentence, words)))
            {
                var items = Items(sentences, i + 1, words);
                if (items.Count > 0)
                {
                    found.AddRange(items.Select(item => (item, (string?)sentence.Text)));
                    i += items.Count;
                    continue;
                }
                if (sentence.Heading || !IsAsk(sentence, words))
                {
                    continue;
                }
            }
            if (!sentence.Heading && IsAsk(sentence, words))
            {
                found.Add((sentence, null));
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var asks = new List<StatementAsk>();
        foreach (var (sentence, leadIn) in found)
        {
            var text = sentence.Text.TrimEnd(' ', ';', ',');
            if (text.Length == 0 || !seen.Add(Folding.FoldPhrase(text)))
            {
                // The same ask said twice (a declaration and its news page) is one ask.
                continue;
            }
            asks.Add(new StatementAsk(asks.Count + 1, text, sentence.Page, sentence.Paragraph, leadIn, topics.Match(text, "", language)));
        }
        return asks;
    }

    /// <summary>The pages up to <see cref="MaxText"/> characters: a statement says what it asks well before that.</summary>
    private static IEnumerable<ExtractedPage> Bounded(IReadOnlyList<ExtractedPage> pages)
    {
        var read = 0;
        foreach (var page in pages)
        {
            if (read >= MaxText)
            {
                yield break;
            }
            yield return page.Text.Length <= MaxText - read ? page : page with { Text = page.Text[..(MaxText - read)] };
            read += page.Text.Length;
        }
    }

    /// <summary>The items of a list from <paramref name="start"/>: bulleted blocks, or sentences that each open a line with a verb of action.</summary>
    private static List<Sentence> Items(List<Sentence> sentences, int start, AskLanguage words)
    {
        var items = new List<Sentence>();
        var bulleted = start < sentences.Count && sentences[start].Bulleted;
        for (var i = start; i < sentences.Count && items.Count < MaxItems; i++)
        {
            var s = sentences[i];
            var isItem = bulleted
                ? s.Bulleted
                : !s.Bulleted && !s.Heading && s.StartsLine && IsActionItem(s, words) && !IsAsk(s, words);
            if (!isItem)
            {
                break;
            }
            items.Add(s);
        }
        return items;
    }

    /// <summary>A sentence that opens with a verb of action ("Garantir…", "Invest…") and states nothing ("…, c'est…").</summary>
    private static bool IsActionItem(Sentence sentence, AskLanguage words)
    {
        var folded = sentence.Folded;
        var opening = sentence.Words;
        var first = opening.Length > 0 ? opening[0] : "";
        if (first.Length < 3 || !char.IsLetter(first[0]) || words.StatementMarks.Any(m => Folding.IndexOf(folded, m) >= 0))
        {
            return false;
        }
        if (words.Subjects.Any(subject => At(opening, 0, subject)))
        {
            // "Make Mothers Matter stands ready…": MMM speaking of itself, after the list.
            return false;
        }
        return words.ItemEndings.Count == 0
            ? !first.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(sentence.Text.TrimStart()[0])
            : words.ItemEndings.Any(e => first.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>"Nos recommandations sont les suivantes :": a sentence that says a list follows, without a verb of asking.</summary>
    private static bool AnnouncesList(Sentence sentence, AskLanguage words)
    {
        return words.ListIntroductions.Any(w => Folding.IndexOf(sentence.Folded, w) >= 0);
    }

    /// <summary>MMM or "we" asking: a subject in the sentence's first words, its verb of asking at most two words on, and no reader addressed.</summary>
    private static bool IsAsk(Sentence sentence, AskLanguage words)
    {
        var w = sentence.Words;
        if (w.Length == 0)
        {
            return false;
        }
        foreach (var own in words.OwnVerbs)
        {
            for (var p = 0; p < Math.Min(3, w.Length); p++)
            {
                if (At(w, p, own) && !Addressed(w, p, own.Length, words))
                {
                    return true;
                }
            }
        }
        for (var p = 0; p < Math.Min(SubjectWindow, w.Length); p++)
        {
            foreach (var subject in words.Subjects)
            {
                if (!At(w, p, subject) || (p > 0 && words.Relatives.Contains(w[p - 1])))
                {
                    // "the points that we have advocated for": the subject of a relative clause asks nothing.
                    continue;
                }
                var after = p + subject.Length;
                if (Enumerable.Range(after, VerbGap + 1).Any(v => VerbAt(w, v, words)))
                {
                    return true;
                }
                // "…, and calls for…", "… et appelle aussi…": the subject's second verb.
                for (var c = after + 1; c < Math.Min(w.Length, after + SecondVerbWindow); c++)
                {
                    if (words.Conjunctions.Contains(w[c]) && (VerbAt(w, c + 1, words) || VerbAt(w, c + 2, words)))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static bool VerbAt(string[] w, int position, AskLanguage words) =>
        words.Verbs.Any(verb => At(w, position, verb) && !Addressed(w, position, verb.Length, words) && !Questioning(w, position + verb.Length, words));

    /// <summary>How far after the verb a question word makes it a question ("asked its member organizations what…").</summary>
    private const int QuestionWindow = 4;

    /// <summary>"MMM asked its members what had changed": the verb puts a question, it does not ask for anything.</summary>
    private static bool Questioning(string[] w, int after, AskLanguage words)
    {
        for (var p = after; p < Math.Min(w.Length, after + QuestionWindow); p++)
        {
            if (words.Questions.Any(q => At(w, p, q)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"nous vous invitons", "we invite you": the verb speaks to the reader.</summary>
    private static bool Addressed(string[] w, int verb, int length, AskLanguage words) =>
        (verb > 0 && words.Addressees.Contains(w[verb - 1])) || (verb + length < w.Length && words.Addressees.Contains(w[verb + length]));

    private static bool At(string[] w, int position, string[] phrase)
    {
        if (position + phrase.Length > w.Length)
        {
            return false;
        }
        for (var k = 0; k < phrase.Length; k++)
        {
            if (w[position + k] != phrase[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A paragraph, a heading or a list item: its text (lines joined) with the page each line came from.</summary>
    private sealed class Block(int page, int paragraph, bool bulleted, bool heading)
    {
        public int Page { get; } = page;
        public int Paragraph { get; } = paragraph;
        public bool Bulleted { get; } = bulleted;
        public bool Heading { get; } = heading;
        public StringBuilder Text { get; } = new();

        /// <summary>Where each line starts in <see cref="Text"/>, with its page.</summary>
        public List<(int Offset, int Page)> Lines { get; } = [];

        public void Add(string line, int page)
        {
            if (Text.Length > 0)
            {
                Text.Append(' ');
            }
            Lines.Add((Text.Length, page));
            Text.Append(line);
        }

        /// <summary>Whether the last line added is as long as the page is wide (it was cut by the width, not ended).</summary>
        public bool LastLineLong { get; set; }

        public bool Ended => Text.Length > 0 && ".!?:;»\"”".Contains(Text[^1]);
    }

    private sealed record Sentence(string Text, int Page, int Paragraph, bool Bulleted, bool Heading, bool StartsLine, bool EndsBlock)
    {
        private string? _folded;
        private string[]? _words;

        /// <summary>The text folded and padded (<see cref="Folding.Fold"/>), computed once: every rule reads it.</summary>
        public string Folded => _folded ??= Folding.Fold(Text);

        public string[] Words => _words ??= Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private IEnumerable<Block> Blocks(IEnumerable<ExtractedPage> pages, AskLanguage words)
    {
        Block? open = null;
        foreach (var page in pages)
        {
            var lines = page.Text.Split('\n');
            var longest = lines.Max(l => l.TrimEnd().Length);
            var paragraph = 0;
            var afterBlank = false;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    if (open is not null && open.Ended)
                    {
                        yield return open;
                        open = null;
                    }
                    afterBlank = true;
                    continue;
                }
                var marker = rules.Marker.Match(line);
                var heading = line.Length <= MaxHeadingLength && words.Headings.Contains(Folding.FoldPhrase(line.TrimEnd(':', ' ')));
                // A line in lower case after a block left without its full stop goes on with it: after a page break, or a
                // blank line after a line as long as the page is wide (a scan's); not an HTML list's next item.
                var continues = open is not null && !open.Ended && !marker.Success && !heading && char.IsLower(line[0])
                    && (!afterBlank || open.LastLineLong);
                if (!continues && open is not null && (afterBlank || open.Ended || marker.Success || heading || open.Heading || open.Lines[^1].Page != page.Number))
                {
                    yield return open;
                    open = null;
                }
                if (open is null)
                {
                    paragraph++;
                    open = new Block(page.Number, paragraph, marker.Success, heading);
                    line = marker.Success ? line[marker.Length..] : line;
                }
                open.Add(line, page.Number);
                open.LastLineLong = line.Length >= ShortLineShare * longest;
                afterBlank = false;
                // A PDF's paragraph ends with a short line that ends a sentence.
                if (open.Ended && (heading || line.Length < ShortLineShare * longest))
                {
                    yield return open;
                    open = null;
                }
            }
        }
        if (open is not null)
        {
            yield return open;
        }
    }

    private static IEnumerable<Sentence> Sentences(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var text = block.Text.ToString();
            if (block.Heading || block.Bulleted)
            {
                yield return new Sentence(Clean(text), block.Page, block.Paragraph, block.Bulleted, block.Heading, StartsLine: true, EndsBlock: true);
                continue;
            }
            var start = 0;
            foreach (Match end in SentenceEnd().Matches(text))
            {
                if (IsAbbreviation(text, end.Index))
                {
                    continue;
                }
                var cut = end.Index + 1;
                yield return Make(text, start, cut, block, last: false);
                start = end.Index + end.Length;
            }
            if (start < text.Length)
            {
                yield return Make(text, start, text.Length, block, last: true);
            }
        }
    }

    private static Sentence Make(string text, int start, int end, Block block, bool last)
    {
        // The last line starting at or before the sentence (binary search: a block of a hostile file can have many lines).
        var (low, high) = (0, block.Lines.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = block.Lines[middle].Offset <= start ? (middle, high) : (low, middle - 1);
        }
        var line = block.Lines.Count == 0 ? default : block.Lines[low];
        return new Sentence(Clean(text[start..end]), line.Page == 0 ? block.Page : line.Page, block.Paragraph, false, false, line.Offset == start && block.Lines.Count > 0, last);
    }

    private static string Clean(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>"no. 202", "M. Dupont": a full stop after an abbreviation or an initial does not end the sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }
        var from = dot;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }
        var word = text[from..dot].ToLowerInvariant();
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    /// <summary>A sentence's end: its mark, the spaces after it, then what opens a sentence (a capital, a quote, a digit).</summary>
    [GeneratedRegex(@"[.!?…](?=\s+[«""“(\[]?\s*[\p{Lu}\d])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

namespace MMM.Statements.Analysis.Stemming;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from the algorithm description on snowballstem.org.
/// An upper-case <c>Y</c> marks a consonant y; the postlude lowers it.
/// </summary>
public sealed class EnglishStemmer : IStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["hying"] = "hie", ["vying"] = "vie", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> AfterStep1a = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed",
    };

    private static readonly string[] Step0 = SnowballWord.Longest("'s'", "'s", "'");
    private static readonly string[] Step1a = SnowballWord.Longest("sses", "ied", "ies", "s", "us", "ss");
    private static readonly string[] Step1b = SnowballWord.Longest("eed", "eedly", "ed", "edly", "ing", "ingly");
    private static readonly string[] Doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly string[] Step2 = SnowballWord.Longest(
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator", "alism", "aliti",
        "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "ogi", "ogist", "fulli", "lessli", "li");

    private static readonly string[] Step3 = SnowballWord.Longest(
        "tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative");

    private static readonly string[] Step4 = SnowballWord.Longest(
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion");

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }
        if (word.Length < 3)
        {
            return word;
        }
        var w = new SnowballWord(word);
        Prelude(w);
        var (p1, p2) = MarkRegions(w);

        Step0Apostrophe(w);
        Step1aPlurals(w);
        if (AfterStep1a.Contains(w.ToString()))
        {
            return Postlude(w);
        }
        Step1bPastAndGerund(w, p1);
        Step1cY(w);
        Step2Suffixes(w, p1);
        Step3Suffixes(w, p1, p2);
        Step4Suffixes(w, p2);
        Step5Final(w, p1, p2);
        return Postlude(w);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Prelude(SnowballWord w)
    {
        if (w.Length > 0 && w[0] == '\'')
        {
            w.Replace(0, 1, "");
        }
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
        }
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
            }
        }
    }

    // Words whose R1 starts after a known prefix rather than after the first vowel-consonant pair.
    private static readonly string[] R1Prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    private static (int P1, int P2) MarkRegions(SnowballWord w)
    {
        var p1 = -1;
        foreach (var prefix in R1Prefixes)
        {
            if (w.At(0, prefix))
            {
                p1 = prefix.Length;
                break;
            }
        }
        if (p1 < 0)
        {
            p1 = AfterVowelThenConsonant(w, 0);
        }
        return (p1, AfterVowelThenConsonant(w, p1));
    }

    private static int AfterVowelThenConsonant(SnowballWord w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }
        return i < w.Length ? i + 1 : w.Length;
    }

    private static bool HasVowelBefore(SnowballWord w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A short syllable ends at <paramref name="end"/>.</summary>
    private static bool EndsInShortSyllable(SnowballWord w, int end)
    {
        // "past" counts as short so that pasted, pasting and paste meet.
        if (end >= 4 && w.At(end - 4, "past"))
        {
            return true;
        }
        if (end < 2 || IsVowel(w[end - 1]) || !IsVowel(w[end - 2]))
        {
            return false;
        }
        if (end == 2)
        {
            return true;
        }
        return !IsVowel(w[end - 3]) && w[end - 1] is not ('w' or 'x' or 'Y');
    }

    private static void Step0Apostrophe(SnowballWord w)
    {
        var s = w.LongestSuffix(Step0);
        if (s is not null)
        {
            w.Cut(s.Length);
        }
    }

    private static void Step1aPlurals(SnowballWord w)
    {
        switch (w.LongestSuffix(Step1a))
        {
            case "sses":
                w.Cut(2);
                break;
            case "ied" or "ies":
                w.ReplaceEnd(3, w.Length > 4 ? "i" : "ie");
                break;
            case "s":
                if (HasVowelBefore(w, w.Length - 2))
                {
                    w.Cut(1);
                }
                break;
        }
    }

    private static void Step1bPastAndGerund(SnowballWord w, int p1)
    {
        var s = w.LongestSuffix(Step1b);
        if (s is null)
        {
            return;
        }
        var start = w.StartOf(s);
        if (s is "eed" or "eedly")
        {
            if (start >= p1)
            {
                w.ReplaceEnd(s.Length, "ee");
            }
            return;
        }
        if (!HasVowelBefore(w, start))
        {
            return;
        }
        w.Cut(s.Length);
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.ReplaceEnd(0, "e");
        }
        else if (w.LongestSuffix(Doubles) is not null)
        {
            // add, ebb, err, off keep their double.
            if (!(w.Length == 3 && w[0] is 'a' or 'e' or 'o'))
            {
                w.Cut(1);
            }
        }
        else if (w.Length == p1 && EndsInShortSyllable(w, w.Length))
        {
            w.ReplaceEnd(0, "e");
        }
    }

    private static void Step1cY(SnowballWord w)
    {
        var n = w.Length;
        if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2]))
        {
            w[n - 1] = 'i';
        }
    }

    private static void Step2Suffixes(SnowballWord w, int p1)
    {
        var s = w.LongestSuffix(Step2);
        if (s is null || w.StartOf(s) < p1)
        {
            return;
        }
        switch (s)
        {
            case "tional": w.ReplaceEnd(6, "tion"); break;
            case "enci": w.ReplaceEnd(4, "ence"); break;
            case "anci": w.ReplaceEnd(4, "ance"); break;
            case "abli": w.ReplaceEnd(4, "able"); break;
            case "entli": w.ReplaceEnd(5, "ent"); break;
            case "izer" or "ization": w.ReplaceEnd(s.Length, "ize"); break;
            case "ational" or "ation" or "ator": w.ReplaceEnd(s.Length, "ate"); break;
            case "alism" or "aliti" or "alli": w.ReplaceEnd(s.Length, "al"); break;
            case "fulness": w.ReplaceEnd(7, "ful"); break;
            case "ousli" or "ousness": w.ReplaceEnd(s.Length, "ous"); break;
            case "iveness" or "iviti": w.ReplaceEnd(s.Length, "ive"); break;
            case "biliti" or "bli": w.ReplaceEnd(s.Length, "ble"); break;
            case "ogi" or "ogist":
                if (w.StartOf(s) > 0 && w[w.StartOf(s) - 1] == 'l')
                {
                    w.ReplaceEnd(s.Length, "og");
                }
                break;
            case "fulli": w.ReplaceEnd(5, "ful"); break;
            case "lessli": w.ReplaceEnd(6, "less"); break;
            case "li":
                if (w.StartOf(s) > 0 && w[w.StartOf(s) - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
                {
                    w.Cut(2);
                }
                break;
        }
    }

    private static void Step3Suffixes(SnowballWord w, int p1, int p2)
    {
        var s = w.LongestSuffix(Step3);
        if (s is null || w.StartOf(s) < p1)
        {
            return;
        }
        switch (s)
        {
            case "tional": w.ReplaceEnd(6, "tion"); break;
            case "ational": w.ReplaceEnd(7, "ate"); break;
            case "alize": w.ReplaceEnd(5, "al"); break;
            case "icate" or "iciti" or "ical": w.ReplaceEnd(s.Length, "ic"); break;
            case "ful" or "ness": w.Cut(s.Length); break;
            case "ative":
                if (w.StartOf(s) >= p2)
                {
                    w.Cut(5);
                }
                break;
        }
    }

    private static void Step4Suffixes(SnowballWord w, int p2)
    {
        var s = w.LongestSuffix(Step4);
        if (s is null)
        {
            return;
        }
        var start = w.StartOf(s);
        if (start < p2)
        {
            return;
        }
        if (s == "ion" && !(start > 0 && w[start - 1] is 's' or 't'))
        {
            return;
        }
        w.Cut(s.Length);
    }

    private static void Step5Final(SnowballWord w, int p1, int p2)
    {
        var n = w.Length;
        if (w.EndsWith("e"))
        {
            var start = n - 1;
            if (start >= p2 || (start >= p1 && !EndsInShortSyllable(w, start)))
            {
                w.Cut(1);
            }
        }
        else if (w.EndsWith("l"))
        {
            if (n - 1 >= p2 && n >= 2 && w[n - 2] == 'l')
            {
                w.Cut(1);
            }
        }
    }

    private static string Postlude(SnowballWord w) => w.ToString().Replace('Y', 'y');
}

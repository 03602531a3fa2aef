namespace MMM.Statements.Analysis.Stemming;

/// <summary>
/// The Snowball French stemmer, written from the algorithm description on snowballstem.org.
/// Upper-case <c>U</c>, <c>I</c>, <c>Y</c> mark letters used as consonants, <c>H</c> marks a diaeresis
/// (<c>ë</c> → <c>He</c>, <c>ï</c> → <c>Hi</c>); the postlude restores them.
/// </summary>
public sealed class FrenchStemmer : IStemmer
{
    private static readonly string[] Step1 = SnowballWord.Longest(
        "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes",
        "atrice", "ateur", "ation", "atrices", "ateurs", "ations",
        "logie", "logies", "usion", "ution", "usions", "utions", "ence", "ences",
        "ement", "ements", "ité", "ités", "if", "ive", "ifs", "ives", "eaux", "aux", "oux", "euse", "euses",
        "issement", "issements", "amment", "emment", "ment", "ments");

    private static readonly string[] AfterEment = SnowballWord.Longest("iv", "eus", "abl", "iqU", "ièr", "Ièr");
    private static readonly string[] AfterIte = SnowballWord.Longest("abil", "ic", "iv");

    private static readonly string[] Step2a = SnowballWord.Longest(
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras", "irent",
        "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait", "issant", "issante",
        "issantes", "issants", "isse", "issent", "isses", "issez", "issiez", "issions", "issons", "it");

    private static readonly string[] Step2b = SnowballWord.Longest(
        "ions",
        "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait", "eras", "erez", "eriez",
        "erions", "erons", "eront", "ez", "iez",
        "âmes", "ât", "âtes", "a", "ai", "aIent", "ais", "aise", "aises", "ait", "ant", "ante", "antes", "ants", "as", "asse",
        "assent", "asses", "assiez", "assions");

    private static readonly string[] Residual = SnowballWord.Longest("ion", "ier", "ière", "Ier", "Ière", "e");
    private static readonly string[] Doubles = SnowballWord.Longest("enn", "onn", "ett", "ell", "eill");

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = new SnowballWord(word);
        RemoveElision(w);
        Prelude(w);
        var r = MarkRegions(w);

        if (StandardSuffix(w, r) || IVerbSuffix(w, r) || VerbSuffix(w, r))
        {
            if (w.EndsWith("Y"))
            {
                w.ReplaceEnd(1, "i");
            }
            else if (w.EndsWith("ç"))
            {
                w.ReplaceEnd(1, "c");
            }
        }
        else
        {
            ResidualSuffix(w, r);
        }
        UnDouble(w);
        UnAccent(w);
        return Postlude(w);
    }

    private static bool IsVowel(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'â' or 'à' or 'ë' or 'é' or 'ê' or 'è' or 'ï' or 'î' or 'ô' or 'û' or 'ù' => true,
        _ => false,
    };

    /// <summary>A leading elided article (<c>l'</c>, <c>qu'</c>…) with a straight apostrophe, when something follows it.</summary>
    private static void RemoveElision(SnowballWord w)
    {
        var n = w.Length > 1 && w[1] == '\'' && w[0] is 'c' or 'd' or 'j' or 'l' or 'm' or 'n' or 's' or 't' ? 2
            : w.Length > 2 && w[2] == '\'' && w.At(0, "qu") ? 3
            : 0;
        if (n > 0 && w.Length > n)
        {
            w.Replace(0, n, "");
        }
    }

    /// <summary>
    /// Marks u, i and y used as consonants, and diaereses. Snowball's <c>repeat goto</c>: after a change the scan
    /// resumes where that change began, so one vowel can be both after one mark and before the next.
    /// </summary>
    private static void Prelude(SnowballWord w)
    {
        var p = 0;
        while (p < w.Length)
        {
            if (!MarkAt(w, p))
            {
                p++;
            }
        }
    }

    private static bool MarkAt(SnowballWord w, int p)
    {
        var c = w[p];
        var next = p + 1 < w.Length ? w[p + 1] : '\0';
        if (IsVowel(c))
        {
            // u or i between vowels, y after a vowel.
            if (next is 'u' or 'i' && p + 2 < w.Length && IsVowel(w[p + 2]))
            {
                w[p + 1] = char.ToUpperInvariant(next);
                return true;
            }
            if (next == 'y')
            {
                w[p + 1] = 'Y';
                return true;
            }
        }
        if (c is 'ë' or 'ï')
        {
            w.Replace(p, 1, c == 'ë' ? "He" : "Hi");
            return true;
        }
        if (c == 'y' && IsVowel(next))
        {
            w[p] = 'Y';
            return true;
        }
        if (c == 'q' && next == 'u')
        {
            w[p + 1] = 'U';
            return true;
        }
        return false;
    }

    private readonly record struct Regions(int PV, int P1, int P2);

    private static Regions MarkRegions(SnowballWord w)
    {
        var n = w.Length;
        var pV = n;
        if (n >= 3 && IsVowel(w[0]) && IsVowel(w[1]))
        {
            pV = 3;
        }
        else if (w.At(0, "par") || w.At(0, "col") || w.At(0, "tap"))
        {
            pV = 3;
        }
        else if (w.At(0, "mauva"))
        {
            pV = 5;
        }
        else if (n >= 3 && w.At(0, "ni") && IsVowel(w[2]))
        {
            pV = 3;
        }
        else
        {
            for (var i = 1; i < n; i++)
            {
                if (IsVowel(w[i]))
                {
                    pV = i + 1;
                    break;
                }
            }
        }
        var p1 = AfterVowelThenConsonant(w, 0);
        var p2 = AfterVowelThenConsonant(w, p1);
        return new Regions(pV, p1, p2);
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

    private static bool StandardSuffix(SnowballWord w, Regions r)
    {
        var s = w.LongestSuffix(Step1);
        if (s is null)
        {
            return false;
        }
        var start = w.StartOf(s);
        switch (s)
        {
            case "ance" or "iqUe" or "isme" or "able" or "iste" or "eux" or "ances" or "iqUes" or "ismes" or "ables" or "istes":
                if (start < r.P2)
                {
                    return false;
                }
                w.Cut(s.Length);
                return true;
            case "atrice" or "ateur" or "ation" or "atrices" or "ateurs" or "ations":
                if (start < r.P2)
                {
                    return false;
                }
                w.Cut(s.Length);
                if (w.EndsWith("ic"))
                {
                    if (w.Length - 2 >= r.P2)
                    {
                        w.Cut(2);
                    }
                    else
                    {
                        w.ReplaceEnd(2, "iqU");
                    }
                }
                return true;
            case "logie" or "logies":
                return ReplaceIf(w, s, start >= r.P2, "log");
            case "usion" or "ution" or "usions" or "utions":
                return ReplaceIf(w, s, start >= r.P2, "u");
            case "ence" or "ences":
                return ReplaceIf(w, s, start >= r.P2, "ent");
            case "ement" or "ements":
                if (start < r.PV)
                {
                    return false;
                }
                w.Cut(s.Length);
                AfterEmentSuffix(w, r);
                return true;
            case "ité" or "ités":
                if (start < r.P2)
                {
                    return false;
                }
                w.Cut(s.Length);
                switch (w.LongestSuffix(AfterIte))
                {
                    case "abil":
                        DeleteInR2OrReplace(w, 4, r, "abl");
                        break;
                    case "ic":
                        DeleteInR2OrReplace(w, 2, r, "iqU");
                        break;
                    case "iv":
                        if (w.Length - 2 >= r.P2)
                        {
                            w.Cut(2);
                        }
                        break;
                }
                return true;
            case "if" or "ive" or "ifs" or "ives":
                if (start < r.P2)
                {
                    return false;
                }
                w.Cut(s.Length);
                if (w.EndsWith("at") && w.Length - 2 >= r.P2)
                {
                    w.Cut(2);
                    if (w.EndsWith("ic"))
                    {
                        DeleteInR2OrReplace(w, 2, r, "iqU");
                    }
                }
                return true;
            case "eaux":
                w.ReplaceEnd(4, "eau");
                return true;
            case "aux":
                return ReplaceIf(w, s, start >= r.P1, "al");
            case "oux":
                if (start > 0 && w[start - 1] is 'b' or 'h' or 'j' or 'l' or 'n' or 'p')
                {
                    w.ReplaceEnd(3, "ou");
                    return true;
                }
                return false;
            case "euse" or "euses":
                if (start >= r.P2)
                {
                    w.Cut(s.Length);
                    return true;
                }
                return ReplaceIf(w, s, start >= r.P1, "eux");
            case "issement" or "issements":
                if (start >= r.P1 && start > 0 && !IsVowel(w[start - 1]))
                {
                    w.Cut(s.Length);
                    return true;
                }
                return false;
            // The -ment family modifies the word but then fails, so that the verb steps still run.
            case "amment":
                ReplaceIf(w, s, start >= r.PV, "ant");
                return false;
            case "emment":
                ReplaceIf(w, s, start >= r.PV, "ent");
                return false;
            default: // ment, ments
                if (start - 1 >= r.PV && IsVowel(w[start - 1]))
                {
                    w.Cut(s.Length);
                }
                return false;
        }
    }

    private static void AfterEmentSuffix(SnowballWord w, Regions r)
    {
        var t = w.LongestSuffix(AfterEment);
        if (t is null)
        {
            return;
        }
        var start = w.StartOf(t);
        switch (t)
        {
            case "iv":
                if (start >= r.P2)
                {
                    w.Cut(2);
                    if (w.EndsWith("at") && w.Length - 2 >= r.P2)
                    {
                        w.Cut(2);
                    }
                }
                break;
            case "eus":
                if (start >= r.P2)
                {
                    w.Cut(3);
                }
                else if (start >= r.P1)
                {
                    w.ReplaceEnd(3, "eux");
                }
                break;
            case "abl" or "iqU":
                if (start >= r.P2)
                {
                    w.Cut(3);
                }
                break;
            default: // ièr, Ièr
                if (start >= r.PV)
                {
                    w.ReplaceEnd(3, "i");
                }
                break;
        }
    }

    private static bool ReplaceIf(SnowballWord w, string suffix, bool condition, string replacement)
    {
        if (condition)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
        return condition;
    }

    private static void DeleteInR2OrReplace(SnowballWord w, int length, Regions r, string replacement)
    {
        if (w.Length - length >= r.P2)
        {
            w.Cut(length);
        }
        else
        {
            w.ReplaceEnd(length, replacement);
        }
    }

    private static bool IVerbSuffix(SnowballWord w, Regions r)
    {
        var s = w.LongestSuffix(Step2a, r.PV);
        if (s is null)
        {
            return false;
        }
        var before = w.StartOf(s) - 1;
        if (before < r.PV || IsVowel(w[before]) || w[before] == 'H')
        {
            return false;
        }
        w.Cut(s.Length);
        return true;
    }

    private static bool VerbSuffix(SnowballWord w, Regions r)
    {
        var s = w.LongestSuffix(Step2b, r.PV);
        if (s is null)
        {
            return false;
        }
        var start = w.StartOf(s);
        switch (s)
        {
            case "ions":
                if (start < r.P2)
                {
                    return false;
                }
                w.Cut(s.Length);
                return true;
            case "ais" or "aise" or "aises" when KeepsAis(w, start):
                return false;
            case "âmes" or "ât" or "âtes" or "a" or "ai" or "aIent" or "ais" or "aise" or "aises" or "ait" or "ant" or "ante" or "antes"
                or "ants" or "as" or "asse" or "assent" or "asses" or "assiez" or "assions":
                w.Cut(s.Length);
                if (w.EndsWith("e") && w.Length - 1 >= r.PV)
                {
                    w.Cut(1);
                }
                return true;
            default:
                w.Cut(s.Length);
                return true;
        }
    }

    /// <summary>
    /// -ais is not a verb ending in mal-ais, pal-ais, cal-ais (one letter before "al"), dépl-ais-e, mauv-ais.
    /// </summary>
    private static bool KeepsAis(SnowballWord w, int start) =>
        (start == 3 && w.At(1, "al")) || (start >= 3 && w.At(start - 3, "épl")) || (start >= 3 && w.At(start - 3, "auv"));

    private static void ResidualSuffix(SnowballWord w, Regions r)
    {
        if (w.EndsWith("s") && w.Length >= 2)
        {
            var before = w[w.Length - 2];
            var hi = before == 'i' && w.Length >= 3 && w[w.Length - 3] == 'H';
            if (hi || before is not ('a' or 'i' or 'o' or 'u' or 'è' or 's'))
            {
                w.Cut(1);
            }
        }
        var s = w.LongestSuffix(Residual, r.PV);
        if (s is null)
        {
            return;
        }
        var start = w.StartOf(s);
        switch (s)
        {
            case "ion":
                if (start >= r.P2 && start - 1 >= r.PV && w[start - 1] is 's' or 't')
                {
                    w.Cut(3);
                }
                break;
            case "e":
                w.Cut(1);
                break;
            default:
                w.ReplaceEnd(s.Length, "i");
                break;
        }
    }

    private static void UnDouble(SnowballWord w)
    {
        if (w.LongestSuffix(Doubles) is not null)
        {
            w.Cut(1);
        }
    }

    private static void UnAccent(SnowballWord w)
    {
        var i = w.Length - 1;
        while (i >= 0 && !IsVowel(w[i]))
        {
            i--;
        }
        if (i < w.Length - 1 && i >= 0 && w[i] is 'é' or 'è')
        {
            w[i] = 'e';
        }
    }

    private static string Postlude(SnowballWord w)
    {
        var s = w.ToString();
        if (s.AsSpan().IndexOfAny("IUYH") < 0)
        {
            return s;
        }
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case 'I': sb.Append('i'); break;
                case 'U': sb.Append('u'); break;
                case 'Y': sb.Append('y'); break;
                case 'H':
                    if (i + 1 < s.Length && s[i + 1] == 'e')
                    {
                        sb.Append('ë');
                        i++;
                    }
                    else if (i + 1 < s.Length && s[i + 1] == 'i')
                    {
                        sb.Append('ï');
                        i++;
                    }
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}

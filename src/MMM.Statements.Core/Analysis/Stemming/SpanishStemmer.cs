namespace MMM.Statements.Analysis.Stemming;

/// <summary>The Snowball Spanish stemmer, written from the algorithm description on snowballstem.org.</summary>
public sealed class SpanishStemmer : IStemmer
{
    private static readonly string[] Pronouns = SnowballWord.Longest(
        "me", "se", "sela", "selo", "selas", "selos", "la", "le", "lo", "las", "les", "los", "nos");

    private static readonly string[] PronounHosts = SnowballWord.Longest(
        "iéndo", "ándo", "ár", "ér", "ír", "ando", "iendo", "ar", "er", "ir", "yendo");

    private static readonly string[] Step1 = SnowballWord.Longest(
        "anza", "anzas", "ico", "ica", "icos", "icas", "ismo", "ismos", "able", "ables", "ible", "ibles", "ista",
        "istas", "oso", "osa", "osos", "osas", "amiento", "amientos", "imiento", "imientos",
        "adora", "ador", "ación", "acion", "adoras", "adores", "aciones", "ante", "antes", "ancia", "ancias",
        "logía", "logías", "ución", "ucion", "uciones", "encia", "encias", "amente", "mente", "idad", "idades",
        "iva", "ivo", "ivas", "ivos");

    private static readonly string[] AfterAmente = SnowballWord.Longest("iv", "os", "ic", "ad");
    private static readonly string[] AfterMente = SnowballWord.Longest("ante", "able", "ible");
    private static readonly string[] AfterIdad = SnowballWord.Longest("abil", "ic", "iv");

    private static readonly string[] Step2a = SnowballWord.Longest(
        "ya", "ye", "yan", "yen", "yeron", "yendo", "yo", "yó", "yas", "yes", "yais", "yamos");

    private static readonly string[] Step2b = SnowballWord.Longest(
        "en", "es", "éis", "emos",
        "arían", "arías", "arán", "arás", "aríais", "aría", "aréis", "aríamos", "aremos", "ará", "aré", "erían",
        "erías", "erán", "erás", "eríais", "ería", "eréis", "eríamos", "eremos", "erá", "eré", "irían", "irías",
        "irán", "irás", "iríais", "iría", "iréis", "iríamos", "iremos", "irá", "iré", "aba", "ada", "ida", "ía",
        "ara", "iera", "ad", "ed", "id", "ase", "iese", "aste", "iste", "an", "aban", "ían", "aran", "ieran",
        "asen", "iesen", "aron", "ieron", "ado", "ido", "ando", "iendo", "ió", "ar", "er", "ir", "as", "abas",
        "adas", "idas", "ías", "aras", "ieras", "ases", "ieses", "ís", "áis", "abais", "íais", "arais", "ierais",
        "aseis", "ieseis", "asteis", "isteis", "ados", "idos", "amos", "ábamos", "íamos", "imos", "áramos",
        "iéramos", "iésemos", "ásemos");

    private static readonly string[] Residual = SnowballWord.Longest("os", "a", "o", "á", "í", "ó", "e", "é");

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = new SnowballWord(word);
        var (pV, p1, p2) = MarkRegions(w);

        AttachedPronoun(w, pV);
        if (!StandardSuffix(w, p1, p2) && !YVerbSuffix(w, pV))
        {
            VerbSuffix(w, pV);
        }
        ResidualSuffix(w, pV);
        return RemoveAcutes(w.ToString());
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    private static (int PV, int P1, int P2) MarkRegions(SnowballWord w)
    {
        var n = w.Length;
        var pV = n;
        if (n >= 2)
        {
            if (IsVowel(w[0]))
            {
                // Vowel, consonant: after the next vowel; vowel, vowel: after the next consonant.
                var found = !IsVowel(w[1]) ? GoPast(w, 2, vowel: true) : -1;
                if (found < 0 && IsVowel(w[1]))
                {
                    found = GoPast(w, 2, vowel: false);
                }
                if (found >= 0)
                {
                    pV = found;
                }
            }
            else
            {
                // Consonant, consonant: after the next vowel; consonant, vowel: after the third letter.
                var found = !IsVowel(w[1]) ? GoPast(w, 2, vowel: true) : -1;
                if (found < 0 && IsVowel(w[1]) && n >= 3)
                {
                    found = 3;
                }
                if (found >= 0)
                {
                    pV = found;
                }
            }
        }
        var p1 = AfterVowelThenConsonant(w, 0);
        return (pV, p1, AfterVowelThenConsonant(w, p1));
    }

    /// <summary>The position after the first vowel (or consonant) at or after <paramref name="from"/>, or -1.</summary>
    private static int GoPast(SnowballWord w, int from, bool vowel)
    {
        for (var i = from; i < w.Length; i++)
        {
            if (IsVowel(w[i]) == vowel)
            {
                return i + 1;
            }
        }
        return -1;
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

    private static void AttachedPronoun(SnowballWord w, int pV)
    {
        var pronoun = w.LongestSuffix(Pronouns);
        if (pronoun is null)
        {
            return;
        }
        var hostEnd = w.Length - pronoun.Length;
        string? host = null;
        foreach (var candidate in PronounHosts)
        {
            var at = hostEnd - candidate.Length;
            if (at >= 0 && w.At(at, candidate))
            {
                host = candidate;
                break;
            }
        }
        if (host is null || hostEnd - host.Length < pV)
        {
            return;
        }
        var hostStart = hostEnd - host.Length;
        switch (host)
        {
            case "iéndo": w.ReplaceEnd(w.Length - hostStart, "iendo"); break;
            case "ándo": w.ReplaceEnd(w.Length - hostStart, "ando"); break;
            case "ár": w.ReplaceEnd(w.Length - hostStart, "ar"); break;
            case "ér": w.ReplaceEnd(w.Length - hostStart, "er"); break;
            case "ír": w.ReplaceEnd(w.Length - hostStart, "ir"); break;
            case "yendo":
                if (hostStart > 0 && w[hostStart - 1] == 'u')
                {
                    w.Cut(pronoun.Length);
                }
                break;
            default: w.Cut(pronoun.Length); break;
        }
    }

    private static bool StandardSuffix(SnowballWord w, int p1, int p2)
    {
        var s = w.LongestSuffix(Step1);
        if (s is null)
        {
            return false;
        }
        var start = w.StartOf(s);
        switch (s)
        {
            case "adora" or "ador" or "ación" or "acion" or "adoras" or "adores" or "aciones" or "ante" or "antes" or "ancia" or "ancias":
                if (start < p2)
                {
                    return false;
                }
                w.Cut(s.Length);
                CutIfInR2(w, "ic", p2);
                return true;
            case "logía" or "logías":
                return ReplaceIf(w, s, start >= p2, "log");
            case "ución" or "ucion" or "uciones":
                return ReplaceIf(w, s, start >= p2, "u");
            case "encia" or "encias":
                return ReplaceIf(w, s, start >= p2, "ente");
            case "amente":
                if (start < p1)
                {
                    return false;
                }
                w.Cut(s.Length);
                switch (w.LongestSuffix(AfterAmente))
                {
                    case "iv":
                        if (CutIfInR2(w, "iv", p2))
                        {
                            CutIfInR2(w, "at", p2);
                        }
                        break;
                    case { } other:
                        CutIfInR2(w, other, p2);
                        break;
                }
                return true;
            case "mente":
                if (start < p2)
                {
                    return false;
                }
                w.Cut(s.Length);
                if (w.LongestSuffix(AfterMente) is { } m)
                {
                    CutIfInR2(w, m, p2);
                }
                return true;
            case "idad" or "idades":
                if (start < p2)
                {
                    return false;
                }
                w.Cut(s.Length);
                if (w.LongestSuffix(AfterIdad) is { } i)
                {
                    CutIfInR2(w, i, p2);
                }
                return true;
            case "iva" or "ivo" or "ivas" or "ivos":
                if (start < p2)
                {
                    return false;
                }
                w.Cut(s.Length);
                CutIfInR2(w, "at", p2);
                return true;
            default:
                if (start < p2)
                {
                    return false;
                }
                w.Cut(s.Length);
                return true;
        }
    }

    private static bool CutIfInR2(SnowballWord w, string suffix, int p2)
    {
        if (w.EndsWith(suffix) && w.StartOf(suffix) >= p2)
        {
            w.Cut(suffix.Length);
            return true;
        }
        return false;
    }

    private static bool ReplaceIf(SnowballWord w, string suffix, bool condition, string replacement)
    {
        if (condition)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
        return condition;
    }

    private static bool YVerbSuffix(SnowballWord w, int pV)
    {
        var s = w.LongestSuffix(Step2a, pV);
        if (s is null)
        {
            return false;
        }
        var start = w.StartOf(s);
        if (start > 0 && w[start - 1] == 'u')
        {
            w.Cut(s.Length);
            return true;
        }
        return false;
    }

    private static void VerbSuffix(SnowballWord w, int pV)
    {
        var s = w.LongestSuffix(Step2b, pV);
        if (s is null)
        {
            return;
        }
        w.Cut(s.Length);
        if (s is "en" or "es" or "éis" or "emos" && w.EndsWith("gu"))
        {
            w.Cut(1);
        }
    }

    private static void ResidualSuffix(SnowballWord w, int pV)
    {
        var s = w.LongestSuffix(Residual);
        if (s is null || w.StartOf(s) < pV)
        {
            return;
        }
        w.Cut(s.Length);
        if (s is "e" or "é" && w.EndsWith("gu") && w.Length - 1 >= pV)
        {
            w.Cut(1);
        }
    }

    private static string RemoveAcutes(string s)
    {
        if (s.AsSpan().IndexOfAny("áéíóú") < 0)
        {
            return s;
        }
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = src[i] switch
                {
                    'á' => 'a',
                    'é' => 'e',
                    'í' => 'i',
                    'ó' => 'o',
                    'ú' => 'u',
                    var c => c,
                };
            }
        });
    }
}

namespace MMM.Statements.Tagging;

/// <summary>
/// Ordinal numbers 1–99 written out in French, English and Spanish, in folded form (no accents, hyphens as spaces),
/// mapped to their value: <c>soixante huitieme</c>, <c>soixantieme et unieme</c>, <c>sixty eighth</c>,
/// <c>sexagesimo octavo</c>, <c>sexagesima octava</c> → 68 or 61.
/// </summary>
internal static class Ordinals
{
    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= 99; n++)
        {
            foreach (var form in French(n).Concat(English(n)).Concat(Spanish(n)))
            {
                words.TryAdd(form, n);
            }
        }
        return words;
    }

    private static readonly string[] FrenchUnits =
    [
        "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
        "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf",
    ];

    private static readonly string[] FrenchTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    private static string FrenchCardinal(int n)
    {
        if (n < 20)
        {
            return FrenchUnits[n];
        }
        var (tens, units) = (n / 10, n % 10);
        return tens switch
        {
            <= 6 when units == 0 => FrenchTens[tens],
            <= 6 when units == 1 => FrenchTens[tens] + " et un",
            <= 6 => FrenchTens[tens] + " " + FrenchUnits[units],
            7 when units == 1 => "soixante et onze",
            7 => "soixante " + FrenchUnits[10 + units],
            8 when units == 0 => "quatre vingts",
            8 => "quatre vingt " + FrenchUnits[units],
            _ => "quatre vingt " + FrenchUnits[10 + units],
        };
    }

    private static string FrenchOrdinalWord(string cardinalWord) => cardinalWord switch
    {
        "un" => "unieme",
        "cinq" => "cinquieme",
        "neuf" => "neuvieme",
        "vingts" => "vingtieme",
        _ when cardinalWord.EndsWith('e') => cardinalWord[..^1] + "ieme",
        _ => cardinalWord + "ieme",
    };

    private static IEnumerable<string> French(int n)
    {
        if (n == 1)
        {
            yield return "premier";
            yield return "premiere";
            yield break;
        }
        var cardinal = FrenchCardinal(n);
        var lastSpace = cardinal.LastIndexOf(' ');
        var ordinal = cardinal[..(lastSpace + 1)] + FrenchOrdinalWord(cardinal[(lastSpace + 1)..]);
        yield return ordinal;
        if (n > 20 && n % 10 == 1 && n < 70)
        {
            // Older and careless spellings: "soixantième-et-unième", "soixante-unième".
            var tensWord = FrenchTens[n / 10];
            yield return FrenchOrdinalWord(tensWord) + " et unieme";
            yield return tensWord + " unieme";
        }
    }

    private static readonly string[] EnglishUnitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    private static readonly string[] EnglishTeenOrdinals =
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] EnglishTenOrdinals =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static IEnumerable<string> English(int n)
    {
        if (n < 10)
        {
            yield return EnglishUnitOrdinals[n];
        }
        else if (n < 20)
        {
            yield return EnglishTeenOrdinals[n - 10];
        }
        else if (n % 10 == 0)
        {
            yield return EnglishTenOrdinals[n / 10];
        }
        else
        {
            yield return EnglishTens[n / 10] + " " + EnglishUnitOrdinals[n % 10];
        }
    }

    private static readonly string[] SpanishUnitOrdinals = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno"];

    private static readonly string[] SpanishTenOrdinals =
        ["", "decimo", "vigesimo", "trigesimo", "cuadragesimo", "quincuagesimo", "sexagesimo", "septuagesimo", "octogesimo", "nonagesimo"];

    private static IEnumerable<string> Spanish(int n)
    {
        var (tens, units) = (n / 10, n % 10);
        var masculine = new List<string>();
        if (tens == 0)
        {
            masculine.Add(SpanishUnitOrdinals[units]);
        }
        else if (units == 0)
        {
            masculine.Add(SpanishTenOrdinals[tens]);
        }
        else
        {
            masculine.Add(SpanishTenOrdinals[tens] + " " + SpanishUnitOrdinals[units]);
            if (tens == 1)
            {
                masculine.Add(SpanishTenOrdinals[tens] + SpanishUnitOrdinals[units]);
            }
        }
        foreach (var form in masculine)
        {
            yield return form;
            // Feminine agreement ("sexagésima octava sesión") and the apocopes "primer", "tercer".
            yield return string.Join(' ', form.Split(' ').Select(w => w[..^1] + "a"));
            if (form.EndsWith("primero", StringComparison.Ordinal) || form.EndsWith("tercero", StringComparison.Ordinal))
            {
                yield return form[..^1];
            }
        }
    }

    // Declared last: static fields initialise in order, and Build needs the tables above.
    public static IReadOnlyDictionary<string, int> Words { get; } = Build();
}

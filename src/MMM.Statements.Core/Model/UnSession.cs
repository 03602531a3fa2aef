using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MMM.Statements.Model;

/// <summary>
/// A session of a UN body in canonical form: the body code followed by the session number
/// (<c>CSW68</c>, <c>CSocD64</c>, <c>HRC58</c>), or by the year for the HLPF (<c>HLPF2025</c>).
/// </summary>
public readonly partial record struct UnSession(string Body, int Number)
{
    public override string ToString() => Body + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses the canonical form only (<c>CSW68</c>); free text goes through the tagger.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UnSession? session)
    {
        session = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var match = CanonicalForm().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var body = match.Groups[1].Value;
        var canonicalBody = KnownBodies.FirstOrDefault(b => string.Equals(b, body, StringComparison.OrdinalIgnoreCase));
        if (canonicalBody is null)
        {
            return false;
        }
        session = new UnSession(canonicalBody, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Bodies whose sessions are numbered (HLPF by year).</summary>
    public static readonly IReadOnlyList<string> KnownBodies = ["CSocD", "CSW", "HRC", "CPD", "HLPF", "UNGA", "ECOSOC"];

    [GeneratedRegex(@"^([A-Za-z]+)\s*-?\s*([0-9]{1,4})$")]
    private static partial Regex CanonicalForm();
}

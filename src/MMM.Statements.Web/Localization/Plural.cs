namespace MMM.Statements.Web.Localization;

/// <summary>
/// Chooses the singular or plural form of a count by the current language's rule (CLDR): French puts 0 and 1 in the
/// singular ("0 déclaration", "1 déclaration"), English and Spanish only 1 ("0 statements", "1 statement").
/// </summary>
public static class Plural
{
    /// <summary>Formats <paramref name="count"/> with <paramref name="oneFormat"/> or <paramref name="manyFormat"/>.</summary>
    public static string Format(int count, string oneFormat, string manyFormat)
    {
        ArgumentNullException.ThrowIfNull(oneFormat);
        ArgumentNullException.ThrowIfNull(manyFormat);
        var one = SiteCultures.Current == "fr" ? count is 0 or 1 : count == 1;
        return UiText.Format(one ? oneFormat : manyFormat, count);
    }
}

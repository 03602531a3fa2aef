namespace MMM.Statements.Model;

/// <summary>
/// The console's wording of each extraction outcome, in French and English (<c>mmm-statements extract</c>). Core hands
/// the site the typed <see cref="ExtractionStatus"/>, never a sentence: the site says each status in its own three
/// languages (its localization classes), so no page shows these strings.
/// </summary>
public static class ExtractionMessages
{
    public static string French(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Extracted => "Texte extrait.",
        ExtractionStatus.NoTextLayer => "Aucun texte extractible (document numérisé sans couche texte).",
        ExtractionStatus.PasswordProtected => "Fichier protégé par mot de passe : le texte ne peut pas être lu.",
        ExtractionStatus.Damaged => "Fichier endommagé : il ne peut pas être lu.",
        ExtractionStatus.NotSupported => "Format non pris en charge : ce n'est ni un PDF ni une page HTML.",
        ExtractionStatus.TimedOut => "Extraction interrompue : délai dépassé.",
        ExtractionStatus.Empty => "Fichier vide.",
        ExtractionStatus.TooLarge => "Fichier trop volumineux.",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string English(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Extracted => "Text extracted.",
        ExtractionStatus.NoTextLayer => "No extractable text (a scan without a text layer).",
        ExtractionStatus.PasswordProtected => "Password-protected file: its text cannot be read.",
        ExtractionStatus.Damaged => "Damaged file: it cannot be read.",
        ExtractionStatus.NotSupported => "Unsupported format: neither a PDF nor an HTML page.",
        ExtractionStatus.TimedOut => "Extraction stopped: time limit exceeded.",
        ExtractionStatus.Empty => "Empty file.",
        ExtractionStatus.TooLarge => "File too large.",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

using System.Globalization;
using System.Text;
using MMM.Statements.Model;

namespace MMM.Statements.Web.Admin;

/// <summary>
/// The rules for names inside <c>statements/</c>: which files are statements, where their sidecars are, how a
/// title becomes a file name, and that a relative path can never leave the corpus.
/// </summary>
public static class CorpusPaths
{
    public const string TrashFolder = ".trash";
    public const string SidecarSuffix = ".meta.json";
    private const int MaxSlugLength = 80;

    public static readonly IReadOnlyList<string> StatementExtensions = [".pdf", ".html", ".htm"];

    /// <summary>The format an extension promises; Unknown when it is not a statement extension.</summary>
    public static DocumentFormat FormatOfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".pdf" => DocumentFormat.Pdf,
        ".html" or ".htm" => DocumentFormat.Html,
        _ => DocumentFormat.Unknown,
    };

    /// <summary>The sidecars that may sit beside <paramref name="file"/> (<c>x.meta.json</c> and <c>x.pdf.meta.json</c>), existing ones only.</summary>
    public static IEnumerable<string> ExistingSidecars(string file) =>
        new[] { Path.ChangeExtension(file, SidecarSuffix), file + SidecarSuffix }.Distinct(StringComparer.Ordinal).Where(File.Exists);

    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="root"/>, or null when it would escape it
    /// (<c>..</c>, an absolute path) — the index stores relative paths, but nothing read back is trusted blindly.
    /// </summary>
    public static string? Inside(string root, string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative))
        {
            return null;
        }
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        return full.StartsWith(fullRoot, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Lower-case ASCII words joined by hyphens: « Déclaration écrite — CSW 69 » → <c>declaration-ecrite-csw-69</c>.</summary>
    public static string Slug(string? title)
    {
        var decomposed = (title ?? "").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        var hyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var mapped = c switch { 'æ' or 'Æ' => "ae", 'œ' or 'Œ' => "oe", 'ß' => "ss", 'ø' or 'Ø' => "o", _ => c.ToString() };
            foreach (var m in mapped)
            {
                if (char.IsAsciiLetterOrDigit(m))
                {
                    if (hyphen && slug.Length > 0)
                    {
                        slug.Append('-');
                    }
                    hyphen = false;
                    slug.Append(char.ToLowerInvariant(m));
                }
                else
                {
                    hyphen = true;
                }
            }
            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }
        var text = slug.ToString();
        if (text.Length > MaxSlugLength)
        {
            text = text[..MaxSlugLength];
        }
        text = text.Trim('-');
        return text.Length == 0 ? "statement" : text;
    }

    /// <summary>
    /// A file name in <paramref name="folder"/> made from <paramref name="slug"/> that no statement or sidecar uses yet,
    /// whatever its extension (<c>x.pdf</c> and <c>x.html</c> would share the sidecar <c>x.meta.json</c>).
    /// </summary>
    public static string UniqueName(string folder, string slug, string extension)
    {
        for (var n = 1; ; n++)
        {
            var stem = n == 1 ? slug : slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            var taken = StatementExtensions.Any(e => File.Exists(Path.Combine(folder, stem + e)) || File.Exists(Path.Combine(folder, stem + e + SidecarSuffix)))
                || File.Exists(Path.Combine(folder, stem + SidecarSuffix));
            if (!taken)
            {
                return stem + extension;
            }
        }
    }

    /// <summary>Copies <paramref name="source"/> to a temporary name beside <paramref name="target"/>, then renames it: readers never see half a file.</summary>
    public static void CopyAtomically(string source, string target, bool overwrite = false)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.Copy(source, temp);
            File.Move(temp, target, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> through a temporary file and a rename.</summary>
    public static void WriteAtomically(string target, string text)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}

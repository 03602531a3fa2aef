using System.Text;
using MMM.Statements.Extraction;

namespace MMM.Statements.Tests;

/// <summary>
/// Hostile PDFs made for the worker tests: written object by object with a true cross-reference table (so both
/// readers get past the trailer and meet the hostile part), then passed through the real <c>qpdf</c> where a
/// compressed or encrypted file is wanted.
/// </summary>
internal static class HostilePdfs
{
    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>A page drawing a form that draws a form… <paramref name="depth"/> deep: PdfPig recurses until its stack overflows.</summary>
    public static void FormChain(string path, int depth = 20_000)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>",
            Font,
            Stream("BT /F1 12 Tf 72 720 Td (Formulaires en chaine) Tj ET /X Do"),
        };
        for (var k = 0; k < depth; k++)
        {
            var last = k == depth - 1;
            var resources = last ? "/Resources << /Font << /F1 4 0 R >> >>" : $"/Resources << /XObject << /X {7 + k} 0 R >> >>";
            objects.Add(Stream(last ? "BT /F1 12 Tf 72 700 Td (fin) Tj ET" : "/X Do", $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] {resources}"));
        }
        Write(path, objects);
    }

    /// <summary>One page whose content nests arrays <paramref name="depth"/> deep.</summary>
    public static void DeepNesting(string path, int depth = 100_000) =>
        OnePage(path, "BT /F1 12 Tf 72 720 Td (Tableaux imbriques) Tj " + new string('[', depth) + new string(']', depth) + " TJ ET");

    /// <summary>One page whose content is <paramref name="megabytes"/> MiB of text operators, Flate-compressed by qpdf to a few hundred KiB.</summary>
    public static async Task CompressionBombAsync(string path, int megabytes = 16)
    {
        const string line = "BT /F1 12 Tf 72 720 Td (Bombe de texte compressee) Tj ET\n";
        var raw = path + ".raw";
        OnePage(raw, string.Concat(Enumerable.Repeat(line, megabytes * 1024 * 1024 / line.Length)));
        await QpdfAsync("--compress-streams=y", "--recompress-flate", "--compression-level=9", raw, path);
        File.Delete(raw);
    }

    /// <summary>
    /// <paramref name="source"/>'s pages repeated <paramref name="copies"/> times by qpdf: an ordinary, valid file that
    /// keeps a reader busy for a long time without growing its memory.
    /// </summary>
    public static Task ManyPagesAsync(string source, string path, int copies) =>
        QpdfAsync(["--empty", "--pages", .. Enumerable.Repeat(new[] { source, "1-z" }, copies).SelectMany(a => a), "--", path]);

    /// <summary><paramref name="source"/> encrypted by qpdf with a user password (AES-256).</summary>
    public static Task EncryptedAsync(string source, string path) =>
        QpdfAsync("--encrypt", "utilisatrice", "proprietaire", "256", "--", source, path);

    /// <summary>The first half of <paramref name="source"/>'s bytes.</summary>
    public static void Truncated(string source, string path)
    {
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    /// <summary>A PDF header followed by seeded random bytes.</summary>
    public static void Garbage(string path, int seed = 19)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(path, [.. "%PDF-1.7\n"u8, .. bytes]);
    }

    /// <summary>One page that draws a grey rectangle and nothing else: no text layer, and no words in its image either.</summary>
    public static void BlankDrawing(string path) => OnePage(path, "0.85 g 72 72 468 648 re f");

    private static void OnePage(string path, string content) => Write(path,
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        Font,
        Stream(content),
    ]);

    private static string Stream(string content, string dictionary = "") =>
        $"<< /Length {Encoding.Latin1.GetByteCount(content)} {dictionary} >>\nstream\n{content}\nendstream";

    private static void Write(string path, IReadOnlyList<string> objects)
    {
        using var file = new FileStream(path, FileMode.Create);
        var offsets = new long[objects.Count];
        void Put(string s) => file.Write(Encoding.Latin1.GetBytes(s));
        Put("%PDF-1.7\n");
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = file.Position;
            Put($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        Put(table.ToString());
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
    }

    private static async Task QpdfAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("qpdf", arguments, new ProcessLimits { Timeout = TimeSpan.FromSeconds(120) }, CancellationToken.None);
        // qpdf exits 3 for warnings, with a usable file.
        Assert.True(result.ExitCode is 0 or 3, $"qpdf {string.Join(' ', arguments)}: {result.Stderr}");
    }
}

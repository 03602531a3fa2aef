using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Cli.Commands;

/// <summary>
/// <c>mmm-statements extract FILE [--json] [--source DIR]</c>: the text (per page for PDFs), metadata and tags of one
/// file, without indexing it. The taxonomy is <c>DIR/taxonomy.json</c> (the repository's <c>statements/</c> by default).
/// Exit 0 when the text was extracted, 3 when the file could not be read (the status says why), 2 for bad usage.
/// </summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Staff read this output: é stays é. Fine for a terminal or a file; never embedded in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<int> RunAsync(VerbContext context)
    {
        var args = context.Args;
        if (args.Positional.Count != 1)
        {
            throw new CliUsageException(args.Positional.Count == 0 ? "FILE is missing" : "extract takes exactly one FILE");
        }
        var file = Path.GetFullPath(args.Positional[0]);
        var source = args.Get("source") ?? RepositoryPaths.DefaultSource;
        var taxonomy = LoadRules(source, "taxonomy.json", Taxonomy.Load, Taxonomy.Default, out var problem);
        var askRules = LoadRules(source, "asks.json", AskRules.Load, AskRules.Default, out var askProblem);
        if ((problem ?? askProblem) is { } refused)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements extract: {refused}");
            return CommandLine.Failure;
        }

        ExtractedDocument document;
        await using (var extractor = new DocumentExtractor(new ExtractionOptions()))
        {
            document = await extractor.ExtractAsync(file, CancellationToken.None);
        }
        var sidecar = StatementSidecar.TryLoad(file, out var sidecarError);
        if (sidecarError is not null)
        {
            await context.Stderr.WriteLineAsync($"mmm-statements extract: fichier annexe ignoré / sidecar ignored: {sidecarError}");
        }
        var tags = new Tagger(taxonomy, askRules).Tag(document, sidecar);
        var output = ExtractOutput.From(file, document, tags);

        if (args.Has("json"))
        {
            await context.Stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json));
        }
        else
        {
            await PrintAsync(context.Stdout, output);
        }
        return document.Succeeded ? CommandLine.Ok : CommandLine.Unreadable;
    }

    /// <summary>The taxonomy or the ask rules of the source folder; outside a checkout, the ones built into the program.</summary>
    private static T LoadRules<T>(string sourceDirectory, string name, Func<string, T> load, T builtIn, out string? problem)
    {
        problem = null;
        var path = Path.Combine(sourceDirectory, name);
        if (!File.Exists(path))
        {
            return builtIn;
        }
        try
        {
            return load(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            problem = $"{path}: {e.Message}";
            return builtIn;
        }
    }

    private static async Task PrintAsync(TextWriter stdout, ExtractOutput o)
    {
        void Line(string label, string? value) => stdout.WriteLine($"{label,-28} {(string.IsNullOrEmpty(value) ? "—" : value)}");
        Line("Statut / Status:", $"{o.Message} ({o.Status})");
        Line("Format:", o.Format);
        Line("Extracteur / Extractor:", o.Extractor.ToString());
        Line("Titre / Title:", o.Title);
        Line("Date:", o.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("Langue / Language:", o.Language);
        Line("Organe / Body:", o.Body);
        Line("Session:", o.Session);
        Line("Année / Year:", o.Year?.ToString(CultureInfo.InvariantCulture));
        Line("Cote / Symbol:", o.Symbol);
        Line("Cotes citées / Cited:", string.Join(", ", o.CitedSymbols));
        Line("Type:", o.Type);
        Line("Lieu / Location:", o.Location);
        Line("Thèmes / Topics:", string.Join(", ", o.Topics));
        Line("Partenaires / Partners:", string.Join(", ", o.Partners));
        Line("Demandes / Asks:", o.Asks.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var ask in o.Asks)
        {
            await stdout.WriteLineAsync($"  {ask.Number}. (p. {ask.Page}, § {ask.Paragraph}) {ask.Text}");
        }
        Line("Fichiers / Files:", string.Join(", ", o.Files));
        Line("Pages:", o.Pages.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var page in o.Pages)
        {
            await stdout.WriteLineAsync();
            await stdout.WriteLineAsync($"--- page {page.Number} ---");
            await stdout.WriteLineAsync(page.Text);
        }
    }

    /// <summary>What <c>extract --json</c> prints.</summary>
    internal sealed record ExtractOutput(
        ExtractionStatus Status,
        string Message,
        string Format,
        TextExtractor Extractor,
        string Title,
        DateOnly? Date,
        string Language,
        IReadOnlyList<ExtractedPage> Pages,
        string Text,
        string? Body,
        string? Session,
        int? Year,
        string? Symbol,
        IReadOnlyList<string> CitedSymbols,
        string? Type,
        string? Location,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> Partners,
        IReadOnlyList<StatementAsk> Asks,
        IReadOnlyList<string> Files)
    {
        public static ExtractOutput From(string file, ExtractedDocument document, StatementTags tags)
        {
            var message = ExtractionMessages.French(document.Status) + " / " + ExtractionMessages.English(document.Status)
                + (string.IsNullOrWhiteSpace(document.Detail) ? "" : " — " + document.Detail);
            return new ExtractOutput(
                document.Status, message, document.Format.ToString().ToLowerInvariant(), document.Extractor, tags.Title, tags.Date, tags.Language,
                document.Pages, document.Text, tags.Body, tags.Session?.ToString(), tags.Year, tags.Symbol, tags.CitedSymbols,
                tags.Type, tags.Location, tags.Topics, tags.Partners, tags.Asks, FilesOf(file, document));
        }

        /// <summary>The file itself, then the local PDFs an HTML page links to (one statement, several files).</summary>
        private static IReadOnlyList<string> FilesOf(string file, ExtractedDocument document)
        {
            var files = new List<string> { file };
            var directory = Path.GetDirectoryName(file) ?? ".";
            foreach (var link in document.PdfLinks)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && !absolute.IsFile)
                {
                    continue;
                }
                var relative = Uri.UnescapeDataString(link.Split('#', '?')[0]);
                if (relative.Length == 0 || relative.StartsWith('/'))
                {
                    continue;
                }
                var local = Path.GetFullPath(Path.Combine(directory, relative));
                if (File.Exists(local) && !files.Contains(local))
                {
                    files.Add(local);
                }
            }
            return files;
        }
    }
}

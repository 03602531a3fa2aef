using MMM.Statements.Model;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tests;

namespace MMM.Statements.Search.Tests;

/// <summary>A real index file in a temp directory, built from hand-written statements.</summary>
internal sealed class TestIndex : IDisposable
{
    private TestIndex(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public static TestIndex Create(IEnumerable<StatementRecord> statements)
    {
        var index = new TestIndex(TestPaths.NewTempDirectory("mmm-index"));
        index.Publish(statements);
        return index;
    }

    public BuildSummary Publish(IEnumerable<StatementRecord> statements, CancellationToken cancellationToken = default)
    {
        using var index = new StatementIndex(Directory);
        return StatementIndexer.WriteRecords(index, statements, cancellationToken);
    }

    public StatementIndex Open() => new(Directory, new StatementIndexOptions { QueryTimeout = TimeSpan.FromMinutes(1) });

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static StatementRecord Statement(string id, string title, string text, string language = "fr", string? body = null,
        string? session = null, int? year = null, string? type = null, string[]? topics = null, string? symbol = null,
        string[]? cited = null, string? date = null, string? group = null, string[]? pages = null, string? location = null)
    {
        UnSession? parsedSession = UnSession.TryParse(session, out var s) ? s : null;
        var pageTexts = pages ?? [text];
        return new StatementRecord
        {
            Id = id,
            VersionGroup = group,
            Tags = new StatementTags
            {
                Title = title,
                Language = language,
                Body = body,
                Session = parsedSession,
                Year = year,
                Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                Type = type,
                Topics = topics ?? [],
                Symbol = symbol,
                CitedSymbols = cited ?? [],
                Location = location,
            },
            Files =
            [
                new IndexedFile
                {
                    Number = 1,
                    Path = id + ".pdf",
                    Hash = id,
                    Size = 1,
                    ModifiedUnixSeconds = 0,
                    Extracted = new ExtractedDocument
                    {
                        Format = DocumentFormat.Pdf,
                        Status = ExtractionStatus.Extracted,
                        Title = title,
                        Pages = pageTexts.Select((t, i) => new ExtractedPage(i + 1, t)).ToList(),
                    },
                },
            ],
        };
    }

    /// <summary>A small corpus in the three languages, with sessions, symbols and topics.</summary>
    public static IReadOnlyList<StatementRecord> Sample() =>
    [
        Statement("csocd61-care", "Le travail de soin non rémunéré au cœur du développement social",
            "Make Mothers Matter appelle les États à reconnaître, réduire et redistribuer le travail de soin non rémunéré des mères. Les soins non rémunérés restent invisibles dans les politiques de protection sociale.",
            body: "CSocD", session: "CSocD61", year: 2023, type: "oral-statement", topics: ["unpaid-care", "social-protection"], date: "2023-02-08", location: "new-york"),
        Statement("csocd64-digital", "Les mères face à la fracture numérique",
            "La fracture numérique touche d'abord les mères isolées. Le numérique peut alléger la charge des soins si les politiques publiques l'accompagnent.",
            body: "CSocD", session: "CSocD64", year: 2026, type: "oral-statement", topics: ["digital", "unpaid-care"], date: "2026-02-10", location: "new-york"),
        Statement("csw68-fr", "Déclaration écrite à la soixante-huitième session de la Commission de la condition de la femme",
            "Pauvreté des mères et financement : la protection sociale doit reconnaître la valeur du travail domestique. Voir A/RES/70/1 et E/CN.6/2024/3.",
            body: "CSW", session: "CSW68", year: 2024, type: "written-statement", topics: ["poverty", "unpaid-care"], symbol: "E/CN.6/2024/NGO/108",
            cited: ["A/RES/70/1", "E/CN.6/2024/3"], date: "2023-11-20", group: "E/CN.6/2024/NGO/108", location: "new-york"),
        Statement("csw68-en", "Written statement to the sixty-eighth session of the Commission on the Status of Women",
            "Poverty among mothers and financing: social protection must recognise the value of unpaid care and domestic work. See A/RES/70/1.",
            language: "en", body: "CSW", session: "CSW68", year: 2024, type: "written-statement", topics: ["poverty", "unpaid-care"], symbol: "E/CN.6/2024/NGO/108",
            cited: ["A/RES/70/1"], date: "2023-11-20", group: "E/CN.6/2024/NGO/108", location: "new-york"),
        Statement("hrc55-health", "Santé mentale maternelle : une question de droits humains",
            "Au Conseil des droits de l'homme, Make Mothers Matter a rappelé que la santé mentale des mères est un droit. Peut-être faut-il commencer par l'écoute.",
            body: "HRC", session: "HRC55", year: 2024, type: "oral-statement", topics: ["maternal-mental-health"], date: "2024-03-05", location: "geneva"),
        Statement("es-cuidados", "Los cuidados no remunerados y la protección social",
            "Las madres realizan la mayor parte del trabajo de cuidados no remunerado. La protección social debe reconocerlo.",
            language: "es", body: "CSW", session: "CSW69", year: 2025, type: "written-statement", topics: ["unpaid-care", "social-protection"], date: "2025-03-12", location: "new-york"),
        Statement("eu-summit", "Sommet au Parlement européen sur la conciliation travail-famille",
            "Le congé parental et la conciliation entre vie professionnelle et vie familiale sont au cœur de notre plaidoyer européen. <script>alert(1)</script> & co.",
            body: "EU", year: 2022, type: "side-event", topics: ["work-family"], date: "2022-06-14", location: "brussels",
            pages: ["Première page sur le congé parental.", "Deuxième page : la conciliation travail-famille et le congé parental des pères, au cœur de notre plaidoyer européen. <script>alert(1)</script> & co."]),
    ];
}

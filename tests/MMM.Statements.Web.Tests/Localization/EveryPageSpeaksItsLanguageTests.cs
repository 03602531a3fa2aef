using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MMM.Statements.Model;
using MMM.Statements.Search;
using MMM.Statements.Search.Indexing;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;
using MMM.Statements.Web.Admin;
using MMM.Statements.Web.Engine;
using MMM.Statements.Web.Localization;
using MMM.Statements.Web.Tests.Admin;
using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Localization;

/// <summary>
/// Walks every page, public and admin (signed in, with an audit log and a build history that hold every kind of
/// entry), in French, English and Spanish, and reads what a visitor reads: no raw ids (<c>other</c>, <c>success</c>,
/// <c>reindex-cancel</c>, <c>TooShort</c>…) and no string of another language. Text the page marks as being in
/// another language (a statement's title, its text) and code samples are content, not interface.
/// </summary>
public sealed partial class EveryPageSpeaksItsLanguageTests : IAsyncLifetime
{
    private static readonly string Declaration = Path.Combine(TestPaths.Fixtures, "extraction", "declaration-fr.pdf");

    private readonly SiteFactory site;
    private AdminSession admin = null!;

    public EveryPageSpeaksItsLanguageTests()
    {
        var root = TestPaths.NewTempDirectory("mmm-web-walk");
        var data = Path.Combine(root, "app-data");
        Directory.CreateDirectory(data);
        SeedBuildHistory(data);
        site = new SiteFactory(dataDirectory: data, ownCorpus: true);
    }

    public async Task InitializeAsync()
    {
        admin = await AdminSession.SignInAsync(site);
        await site.Builds.IdleAsync();
        // Real admin actions, so that the audit log holds what staff produce: a refused password, a cancel with
        // nothing to cancel, a refused and an accepted upload.
        await admin.PostAsync("/admin/password", ("CurrentPassword", SiteFactory.DefaultPassword), ("NewPassword", "short"), ("ConfirmPassword", "short"));
        await admin.PostAsync("/admin?handler=cancel");
        await admin.PostFilesAsync("/admin/upload", "files", [("not-a-pdf.pdf", "<html><body>hello</body></html>"u8.ToArray())]);
        await admin.PostFilesAsync("/admin/upload", "files", [("declaration.pdf", await File.ReadAllBytesAsync(Declaration))]);
        // The last flash was said in French, the language of these posts; read it here so that no later page shows it.
        await admin.Client.GetAsync("/admin/upload");
    }

    public async Task DisposeAsync()
    {
        site.Builds.Cancel();
        await site.Builds.IdleAsync();
        site.Dispose();
    }

    public static TheoryData<string> Languages => new(SiteCultures.All);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPageSpeaksOnlyItsLanguage(string lang)
    {
        var problems = new List<string>();
        foreach (var path in await PathsAsync())
        {
            var url = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang;
            var response = await admin.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
            problems.AddRange(Problems(lang, document).Select(p => $"{url}: {p}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Distinct().Take(80)));
    }

    [Theory]
    [InlineData("fr", "Numérique")]
    [InlineData("en", "Digital technologies")]
    [InlineData("es", "Tecnologías digitales")]
    public async Task TheFeedTitleNamesAFilterByItsLabel(string lang, string labelStart)
    {
        var xml = await site.NewClient().GetStringAsync("/feed.atom?topic=digital&lang=" + lang);

        var title = Regex.Match(xml, "<title>([^<]*)</title>").Groups[1].Value;
        Assert.Contains(" — " + labelStart, title);
        Assert.DoesNotContain("— digital", title);
        Assert.Matches("<category term=\"digital\" label=\"" + labelStart, xml);
    }

    /// <summary>Every kind of page: searches (with hits, one hit, none, filters), every statement, every admin page.</summary>
    private async Task<IReadOnlyList<string>> PathsAsync()
    {
        var paths = new List<string>
        {
            "/", "/?q=soins", "/?q=pauvret%C3%A9&sort=newest", "/?body=other", "/?q=xylophonique", "/?q=%22Make+Mothers+Matter%22+xylographique",
            "/?q=soins&page=2", "/?topic=digital&year=2023",
            "/admin", "/admin/statements", "/admin/statements?q=csw68", "/admin/statements?q=xylophonique", "/admin/upload", "/admin/trash", "/admin/alerts",
            "/admin/password",
        };
        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            using var json = JsonDocument.Parse(await site.NewClient().GetStringAsync($"/api/search?size=50&page={page}"));
            var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
            foreach (var hit in hits)
            {
                ids.Add(hit.GetProperty("id").GetString()!);
                ids.AddRange(hit.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetString()!));
            }
            if (hits.Count < 50)
            {
                break;
            }
        }
        paths.AddRange(ids.Distinct().Select(id => "/statements/" + Uri.EscapeDataString(id)));
        paths.Add("/statements/2024-csw68-news-fr?q=soins");
        // The session list, and every session page: with statements, without, with themes, with a place of its own.
        paths.Add("/sessions");
        paths.AddRange(SessionCalendar.Load(Path.Combine(site.SourceDirectory, "sessions.json"), Taxonomy.Load(Path.Combine(site.SourceDirectory, "taxonomy.json")))
            .Sessions.Select(s => "/sessions/" + s.Key));
        // The topic list, every topic's timeline, a search's timeline, and comparisons (two editions, two language versions).
        paths.Add("/topics");
        paths.AddRange(Taxonomy.Load(Path.Combine(site.SourceDirectory, "taxonomy.json")).Topics.Select(t => "/topics/" + t.Id));
        paths.Add("/timeline?q=soins&body=CSocD");
        paths.Add("/compare?a=2021-csocd59-oral-statement-care&b=2023-csocd61-declaration-orale-soins");
        paths.Add("/compare?a=2026-csocd64-declaration-ecrite-news&b=2026-csocd64-written-statement-en");
        var pending = Directory.GetDirectories(Path.Combine(site.DataDirectory, "uploads")).Select(Path.GetFileName).ToList();
        paths.AddRange(pending.Select(id => "/admin/preview?id=" + id));
        Assert.NotEmpty(pending);
        return paths;
    }

    private static IEnumerable<string> Problems(string lang, IDocument document)
    {
        var texts = InterfaceText(lang, document).ToList();
        var joined = string.Join(" ¶ ", texts);
        foreach (var text in texts)
        {
            foreach (var word in Words().Matches(text).Select(m => m.Value))
            {
                if (StrictIds.Contains(word) || (lang != "en" && WordIds.Contains(word)))
                {
                    yield return $"raw id \"{word}\" in \"{text}\"";
                }
            }
            // In English a lower-case id cannot be told from a word, but interface text never starts with one, unless it
            // is one of the site's own English strings (the outcome "cancelled" is both).
            if (lang == "en" && Words().Match(text) is { Success: true } first && first.Index == 0 && WordIds.Contains(first.Value)
                && !EnglishStrings.Contains(text))
            {
                yield return $"raw id \"{first.Value}\" in \"{text}\"";
            }
            if (lang != "fr" && SpaceBeforeColon().IsMatch(text))
            {
                yield return $"a space before a colon (a French rule) in \"{text}\"";
            }
        }
        foreach (var (other, fragment) in OtherLanguagesStrings(lang))
        {
            if (joined.Contains(fragment, StringComparison.Ordinal))
            {
                yield return $"{other} text \"{fragment}\"";
            }
        }
        if (lang == "es" && SpanishDateWithoutDe().Match(joined) is { Success: true } date)
        {
            yield return $"a Spanish date without \"de\": \"{date.Value}\"";
        }
        if ((lang == "fr" ? FrenchWrongPlural() : WrongPlural()).Match(joined) is { Success: true } plural)
        {
            yield return $"a plural after 0 or 1: \"{plural.Value}\"";
        }
        if (lang != "fr")
        {
            var examples = document.QuerySelectorAll(".syntax-help code").Select(c => c.TextContent).ToList();
            foreach (var example in examples.Where(e => FrenchExamples.Contains(e)))
            {
                yield return $"a French search example \"{example}\"";
            }
        }
    }

    /// <summary>The text nodes a visitor reads as the interface, and the labels read aloud (aria-label, title, placeholder).</summary>
    private static IEnumerable<string> InterfaceText(string lang, IDocument document)
    {
        foreach (var node in document.Body!.Descendants().OfType<IText>())
        {
            var text = Regex.Replace(node.Data, @"\s+", " ").Trim();
            if (text.Length > 0 && IsInterface(lang, node.ParentElement))
            {
                yield return text;
            }
        }
        foreach (var element in document.Body!.Descendants().OfType<IElement>().Where(e => IsInterface(lang, e)))
        {
            foreach (var attribute in new[] { "aria-label", "title", "placeholder" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value && !(attribute == "title" && element.Matches("a[hreflang], .badge--lang")))
                {
                    yield return value.Trim();
                }
            }
        }
    }

    private static bool IsInterface(string lang, IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "code" or "kbd" or "pre" or "textarea" or "option" or "blockquote")
            {
                return false;
            }
            if (e.GetAttribute("lang") is { Length: > 0 } own)
            {
                return own == lang;
            }
            // The line under a related statement's title (its session or body, its year) is the site's.
            if (e.ClassList.Contains("related__meta"))
            {
                return true;
            }
            if (ContentClasses.Any(e.ClassList.Contains) || e.Id is "statements" || (e.LocalName is "h1" && e.Closest(".statement") is not null))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Content, not interface: what a statement says and its title, file names, symbols, the titles of related
    /// statements, a preview's text, the admin list of statements (titles and paths), a session's theme as the UN words it.
    /// </summary>
    private static readonly string[] ContentClasses =
        ["fulltext", "snippet__text", "hit__title", "file__name", "hit__symbol", "related", "admin-preview__text", "session-item__lines",
         "session-facts__text"];

    /// <summary>Ids that are never words of any language: hyphenated action names, enum names in PascalCase.</summary>
    private static readonly HashSet<string> StrictIds = new(
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Where(v => v.Contains('-'))
            .Concat(Enum.GetNames<ExtractionStatus>().Concat(Enum.GetNames<PasswordChangeStatus>()).Concat(Enum.GetNames<UploadRefusal>())
                .Concat(Enum.GetNames<SignInStatus>()).Where(n => n.Skip(1).Any(char.IsUpper)))
            .Append("unpaid-care").Append("written-statement").Append("oral-statement").Append("new-york"),
        StringComparer.Ordinal);

    /// <summary>Ids that are also English words: found as words on the French and Spanish pages.</summary>
    private static readonly HashSet<string> WordIds = new(
        typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Where(v => !v.Contains('-'))
            .Concat(Enum.GetNames<BuildOutcome>().Select(n => n.ToLowerInvariant()))
            .Concat(["other", "cancelled", "interrupted", "digital", "startup"]),
        StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishStrings = Strings(UiText.English).Values.ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> FrenchExamples = new(StringComparer.Ordinal)
    {
        "\"soins non rémunérés\"", "numérique OR écrans", "santé -covid", "parent*", "maternite~",
    };

    /// <summary>Each other language's strings that this language says differently (the literal parts of a format, long enough to mean something).</summary>
    private static IEnumerable<(string Language, string Fragment)> OtherLanguagesStrings(string lang)
    {
        var all = SiteCultures.All.ToDictionary(l => l, l => Strings(UiText.For(new System.Globalization.CultureInfo(l))));
        // Core's own French and English messages count as strings of those languages: the site must say them in its own words.
        foreach (var status in Enum.GetValues<ExtractionStatus>())
        {
            all["fr"]["Core." + status] = ExtractionMessages.French(status);
            all["en"]["Core." + status] = ExtractionMessages.English(status);
        }
        var own = all[lang].Values.ToHashSet(StringComparer.Ordinal);
        foreach (var other in SiteCultures.All.Where(l => l != lang))
        {
            foreach (var (name, value) in all[other])
            {
                if (all[lang].TryGetValue(name, out var mine) && mine == value)
                {
                    continue;
                }
                foreach (var fragment in Regex.Split(value, @"\{\d+\}").Select(f => f.Trim(' ', '.', ',', ':', '(', ')', '«', '»', '“', '”', '—')).Where(f => f.Length >= 12))
                {
                    if (!own.Any(o => o.Contains(fragment, StringComparison.Ordinal)))
                    {
                        yield return (other, fragment);
                    }
                }
            }
        }
    }

    private static Dictionary<string, string> Strings(object text, string prefix = "")
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in text.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(text);
            if (value is string s)
            {
                strings[prefix + property.Name] = s;
            }
            else if (value is SearchText or ManageText or SessionText)
            {
                foreach (var (name, inner) in Strings(value, property.Name + "."))
                {
                    strings[name] = inner;
                }
            }
        }
        return strings;
    }

    /// <summary>A build history with every outcome, written before the site starts (a crash, a cancel and a failure are not made on demand).</summary>
    private static void SeedBuildHistory(string dataDirectory)
    {
        var started = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var failures = Enum.GetValues<ExtractionStatus>().Where(s => s != ExtractionStatus.Extracted)
            .Select(s => new IndexFailure($"2020/{s}.pdf", s, "")).ToList();
        var records = new[]
        {
            new BuildRecord { Id = "seed-1", Full = true, RequestedBy = "startup", StartedAt = started, FinishedAt = started.AddMinutes(1), Outcome = BuildOutcome.Succeeded, Statements = 3, Files = 1, Failures = failures[..1] },
            new BuildRecord { Id = "seed-2", Full = false, RequestedBy = "admin", StartedAt = started.AddHours(1), FinishedAt = started.AddHours(1).AddMinutes(1), Outcome = BuildOutcome.Cancelled, Message = "cancelled" },
            new BuildRecord { Id = "seed-3", Full = true, RequestedBy = "admin", StartedAt = started.AddHours(2), Outcome = BuildOutcome.Running },
            new BuildRecord { Id = "seed-4", Full = true, RequestedBy = "admin", StartedAt = started.AddHours(3), FinishedAt = started.AddHours(3).AddMinutes(2), Outcome = BuildOutcome.Succeeded, Statements = 1, Files = 0, Failures = failures },
        };
        File.WriteAllLines(Path.Combine(dataDirectory, "builds.jsonl"), records.Select(r => JsonSerializer.Serialize(r, SearchJson.Options)));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\S\s:(\s|$)")]
    private static partial Regex SpaceBeforeColon();

    [GeneratedRegex(@"\b\d{1,2} (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) \d{4}\b")]
    private static partial Regex SpanishDateWithoutDe();

    // French puts 0 and 1 in the singular; English and Spanish only 1.
    [GeneratedRegex(@"(?<![\d.,])[01] (déclarations|fichiers|échecs|pages|résultats)\b")]
    private static partial Regex FrenchWrongPlural();

    [GeneratedRegex(@"(?<![\d.,])1 (statements|declaraciones|files|archivos|failures|fallos|pages|páginas|results|resultados)\b")]
    private static partial Regex WrongPlural();
}

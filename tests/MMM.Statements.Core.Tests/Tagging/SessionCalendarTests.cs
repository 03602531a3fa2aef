using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class SessionCalendarTests
{
    private static readonly Taxonomy Taxonomy = Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json"));

    private static SessionCalendar Bundled => SessionCalendar.Load(Path.Combine(TestPaths.Statements, "sessions.json"), Taxonomy);

    [Fact]
    public void TheBundledFileCoversEveryNumberedBodyFrom2019To2026()
    {
        var calendar = Bundled;

        foreach (var (body, first, last) in new[] { ("CSocD", 57, 64), ("CSW", 63, 70), ("HRC", 40, 63), ("HLPF", 2019, 2026), ("CPD", 52, 59) })
        {
            for (var n = first; n <= last; n++)
            {
                Assert.True(calendar.Find(body + n) is not null, $"{body}{n} is missing from sessions.json");
            }
        }
        Assert.NotNull(calendar.Find("FfD4"));
    }

    [Fact]
    public void TheEmbeddedDefaultIsTheRepositoryFile()
    {
        Assert.Equal(Bundled.Sessions.Select(s => s.Key), SessionCalendar.Default.Sessions.Select(s => s.Key));
    }

    [Fact]
    public void NamesAreFormedFromTheBodyTemplateWithTheOrdinalOfEachLanguage()
    {
        var csocd64 = Bundled.Find("csocd64")!;

        Assert.Equal("CSocD64", csocd64.Key);
        Assert.Equal("64e session de la Commission du développement social", csocd64.Name.Fr);
        Assert.Equal("64th session of the Commission for Social Development", csocd64.Name.En);
        Assert.Equal("64.º período de sesiones de la Comisión de Desarrollo Social", csocd64.Name.Es);
        Assert.Equal("new-york", csocd64.LocationId);
        Assert.Equal("High-level political forum on sustainable development 2025", Bundled.Find("HLPF2025")!.Name.En);
        Assert.Equal("52nd session of the Human Rights Council", Bundled.Find("HRC52")!.Name.En);
        Assert.Equal("geneva", Bundled.Find("HRC52")!.LocationId);
    }

    [Fact]
    public void ThemesAreInTheThreeLanguagesWithTheirSource()
    {
        var csw68 = Bundled.Find("CSW68")!;

        Assert.StartsWith("Accelerating the achievement of gender equality", csw68.PriorityTheme!.Text.En);
        Assert.StartsWith("Accélérer la réalisation de l’égalité", csw68.PriorityTheme.Text.Fr);
        Assert.StartsWith("Acelerar el logro de la igualdad de género", csw68.PriorityTheme.Text.Es);
        Assert.StartsWith("https://", csw68.PriorityTheme.Source);
        Assert.StartsWith("Social protection systems", csw68.ReviewTheme!.Text.En);
        Assert.Null(Bundled.Find("HRC58")!.PriorityTheme);
    }

    [Fact]
    public void PreviousAndNextAreTheNeighboursOfTheSameBodyByNumber()
    {
        var calendar = Bundled;
        var csw69 = calendar.Find("CSW69")!;

        Assert.Equal("CSW68", calendar.Previous(csw69)!.Key);
        Assert.Equal("CSW70", calendar.Next(csw69)!.Key);
        Assert.Equal("HLPF2024", calendar.Previous(calendar.Find("HLPF2025")!)!.Key);
        Assert.Null(calendar.Previous(calendar.Find("CSocD57")!));
    }

    [Theory]
    [InlineData("{", "invalid JSON")]
    [InlineData("""{"version":1,"sessions":[]}""", "no sessions")]
    [InlineData("""{"version":2,"sessions":[{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b","es":"c"}}]}""", "unknown version 2")]
    [InlineData("""{"version":1,"sessions":[{"session":"XYZ99","month":"2024-03"}]}""", "no body of the taxonomy numbers sessions as 'XYZ'")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03"}]}""", "no names.CSW template")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","start":"2024-03-22","end":"2024-03-11","name":{"fr":"a","en":"b","es":"c"}}]}""", "ends (2024-03-11) before it starts")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"March","name":{"fr":"a","en":"b","es":"c"}}]}""", "is not YYYY-MM")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b"}}]}""", "CSW68.name: no es text")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b","es":"c"},"priorityTheme":{"fr":"a","en":"b","es":"c"}}]}""", "a theme needs a source")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b","es":"c"},"priorityThem":{"fr":"a"}}]}""", "priorityThem")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03","location":"moon","name":{"fr":"a","en":"b","es":"c"}}]}""", "location 'moon'")]
    [InlineData("""{"version":1,"sessions":[{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b","es":"c"}},{"session":"CSW68","month":"2024-03","name":{"fr":"a","en":"b","es":"c"}}]}""", "appears twice")]
    public void AnInvalidFileIsRefusedWithWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SessionCalendar.Parse(json, Taxonomy));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("sessions: ", error.Message);
    }
}

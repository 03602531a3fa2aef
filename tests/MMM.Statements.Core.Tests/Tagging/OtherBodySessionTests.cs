using MMM.Statements.Model;
using MMM.Statements.Tagging;

namespace MMM.Statements.Core.Tests.Tagging;

/// <summary>
/// Sessions of the bodies beyond the UN commissions, in the forms real MMM pages write them: the World Health Assembly,
/// the UNESCO General Conference (every second year), the International Labour Conference, the COP and FfD4; and the
/// commission names real pages use ("Commission des Nations unies sur le développement de la population").
/// </summary>
public sealed class OtherBodySessionTests
{
    [Theory]
    [InlineData("MMM spoke at the 112th International Labour Conference (ILC) in Geneva.", "ILC", 112)]
    [InlineData("the Recurrent Discussion on Social protection at the 109th International Labour Conference (ILC109)", "ILC", 109)]
    [InlineData("Lors de la 112e session de la Conférence internationale du Travail", "ILC", 112)]
    [InlineData("ILC 110 closed on Friday", "ILC", 110)]
    [InlineData("Lors de son intervention lors de la 71ème Assemblée mondiale de la Santé sur la petite enfance", "WHA", 71)]
    [InlineData("At the 78th World Health Assembly, Member States reviewed", "WHA", 78)]
    [InlineData("WHA77 adopted a resolution", "WHA", 77)]
    [InlineData("On the occasion of the 40th General Conference of UNESCO in Paris", "UNESCO", 40)]
    [InlineData("UNESCO - 40e Conférence générale - Paris", "UNESCO", 40)]
    [InlineData("Lors de la 42e session de la Conférence générale de l'UNESCO", "UNESCO", 42)]
    [InlineData("la conférence des Nations Unies sur le changement climatique à Belem, Brésil (COP30)", "COP", 30)]
    [InlineData("The thirtieth session of the Conference of the Parties", "COP", 30)]
    [InlineData("Following the 4th International Conference on Financing for Development (FfD4) in Sevilla", "FfD", 4)]
    [InlineData("à la quatrième Conférence internationale sur le financement du développement", "FfD", 4)]
    [InlineData("With the upcoming 56th UN Commission on Population Development (CPopD56)", "CPD", 56)]
    [InlineData("la 56e session de la Commission des Nations unies sur le développement de la population", "CPD", 56)]
    [InlineData("En amont de la 58ème Session de la Commission pour la Population et le Development (CPD58)", "CPD", 58)]
    [InlineData("Lors de la 64ème session de la Commission des Nations Unies pour le Développement Social", "CSocD", 64)]
    [InlineData("ahead of the 64th UN Commission on Social Development", "CSocD", 64)]
    [InlineData("UN New York , 63rd Commission on the Status of Women - MMM Statement", "CSW", 63)]
    [InlineData("à la 69e Commission de la condition de la femme des Nations unies", "CSW", 69)]
    [InlineData("This webinar is an online side-event to the 2024 UN High-Level Political Forum", "HLPF", 2024)]
    public void EveryWrittenFormResolvesToTheCanonicalSession(string text, string code, int number)
    {
        Assert.Equal(new UnSession(code, number), SessionParser.Find(text, yearHint: null));
    }

    [Theory]
    [InlineData("ILC112", "ILC")]
    [InlineData("WHA78", "WHA")]
    [InlineData("UNESCO42", "UNESCO")]
    [InlineData("COP30", "COP")]
    [InlineData("FfD4", "FfD4")]
    public void ACanonicalSessionNamesItsBody(string session, string body)
    {
        var parsed = SessionParser.Parse(session);

        Assert.Equal(session, parsed?.ToString());
        Assert.Equal(body, Taxonomy.Default.Body(parsed!.Value.Body)?.Id);
    }

    [Theory]
    [InlineData("UNESCO", 40, 2019)]
    [InlineData("UNESCO", 42, 2023)]
    [InlineData("ILC", 112, 2024)]
    [InlineData("WHA", 71, 2018)]
    [InlineData("COP", 30, 2025)]
    [InlineData("FfD4", 4, 2025)]
    public void SessionNumbersGiveTheYearTheyMeetIn(string body, int number, int year)
    {
        var rule = Taxonomy.Default.Body(body)!.Sessions!;

        Assert.Equal(year, rule.YearOf(number));
        Assert.Equal(number, rule.FirstOf(year));
    }

    [Fact]
    public void TheUnescoGeneralConferenceOfAYearWithoutOneIsTheLastHeld()
    {
        Assert.Equal(42, Taxonomy.Default.Body("UNESCO")!.Sessions!.FirstOf(2024));
    }
}

using MMM.Statements.Extraction;
using MMM.Statements.Model;
using MMM.Statements.Tagging;
using MMM.Statements.Tests;

namespace MMM.Statements.Core.Tests.Tagging;

/// <summary>The organisations a statement is signed with, read from where the text says who signs.</summary>
public sealed class PartnerTests
{
    private static readonly Tagger Tagger = new(Taxonomy.Load(Path.Combine(TestPaths.Statements, "taxonomy.json")));

    private static StatementTags Tag(string body, StatementSidecar? sidecar = null) =>
        Tagger.Tag(new HtmlExtractor(new ExtractionOptions()).Extract(System.Text.Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Lettre conjointe</title></head><body><main>{body}</main></body></html>")), sidecar);

    [Fact]
    public void ASentenceThatSaysWhoSignsNamesTheKnownPartnersByAnyOfTheirNames()
    {
        var tags = Tag("<p>Make Mothers Matter a adressé cette lettre aux côtés de la Confédération des organisations familiales de l'Union européenne, d'Eurochild et du Lobby européen des femmes.</p>");

        Assert.Equal(["coface", "eurochild", "european-womens-lobby"], tags.Partners);
    }

    [Theory]
    [InlineData("<p>Firmantes:</p><ul><li>Make Mothers Matter</li><li>ATD Cuarto Mundo</li><li>Red de Madres del Sur</li></ul>")]
    [InlineData("<p>Firmantes: Make Mothers Matter, ATD Cuarto Mundo, Red de Madres del Sur.</p>")]
    public void ASignatoriesListGivesTheKnownPartnersAndKeepsTheOthersAsWritten(string body)
    {
        var tags = Tag("<p>Declaración conjunta sobre los cuidados.</p>" + body);

        Assert.Equal(["atd-fourth-world", "Red de Madres del Sur"], tags.Partners);
    }

    [Fact]
    public void APartnerMentionedInPassingIsNotACoSigner()
    {
        var tags = Tag("<p>Le dernier rapport d'Eurochild montre que la pauvreté des enfants augmente ; COFACE Families Europe l'a relevé aussi. Make Mothers Matter appelle les États membres à agir.</p>");

        Assert.Empty(tags.Partners);
    }

    [Fact]
    public void ASidecarSetsThePartnersByNameOrIdAndWins()
    {
        var tags = Tag("<p>Signataires : Eurochild</p>", new StatementSidecar { Partners = ["AGE Platform Europe", "coface", "Association des mères de Lyon"] });

        Assert.Equal(["age-platform", "coface", "Association des mères de Lyon"], tags.Partners);
    }
}

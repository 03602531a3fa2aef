using MMM.Statements.Web.Compare;

namespace MMM.Statements.Web.Tests.Compare;

public sealed class ParagraphAlignerTests
{
    private static string Marked(IReadOnlyList<WordRun> runs) => string.Concat(runs.Select(r => r.Changed ? "[" + r.Text + "]" : r.Text));

    [Fact]
    public void KeptChangedAddedAndDroppedParagraphsComeInTheOrderOfBothTexts()
    {
        string[] earlier =
        [
            "Make Mothers Matter welcomes the theme of this session.",
            "We ask States to recognise unpaid care work in national accounts.",
            "This paragraph was dropped from the later statement entirely.",
            "Mothers need paid parental leave for both parents.",
        ];
        string[] later =
        [
            "Make Mothers Matter welcomes the theme of this session.",
            "We ask States to measure and recognise unpaid care work in national accounts.",
            "Mothers need paid parental leave for both parents.",
            "A new ask on digital inclusion of mothers closes the statement.",
        ];

        var alignment = ParagraphAligner.Align(earlier, later);

        Assert.Equal([RowKind.Kept, RowKind.Changed, RowKind.Dropped, RowKind.Kept, RowKind.Added], alignment.Rows.Select(r => r.Kind));
        Assert.Equal([0, 1, 2, 3, null], alignment.Rows.Select(r => r.Left));
        Assert.Equal([0, 1, null, 2, 3], alignment.Rows.Select(r => r.Right));
        var changed = alignment.Rows[1];
        Assert.Equal("We ask States to recognise unpaid care work in national accounts.", Marked(changed.LeftRuns));
        Assert.Equal("We ask States to [measure and ]recognise unpaid care work in national accounts.", Marked(changed.RightRuns));
        Assert.Equal((2, 1, 1, 1), (alignment.Count(RowKind.Kept), alignment.Count(RowKind.Changed), alignment.Count(RowKind.Added), alignment.Count(RowKind.Dropped)));
    }

    [Fact]
    public void AReworkedPhraseIsOneMarkOnEachSide()
    {
        var (left, right) = ParagraphAligner.Words("Care must be shared between women and men.", "Care must be redistributed fairly between women and men.");

        Assert.Equal("Care must be [shared] between women and men.", Marked(left));
        Assert.Equal("Care must be [redistributed fairly] between women and men.", Marked(right));
    }

    [Fact]
    public void LineBreaksAndApostrophesOfTwoEditionsDoNotMakeAParagraphChanged()
    {
        var alignment = ParagraphAligner.Align(["Il n´y a pas de travail\ndécent sans soins."], ["Il n’y a pas de travail décent\u00A0sans soins."]);

        Assert.Equal(RowKind.Kept, Assert.Single(alignment.Rows).Kind);
    }

    [Fact]
    public void ParagraphsWithoutWordsInCommonAreOneDroppedAndOneAddedNotAChange()
    {
        var alignment = ParagraphAligner.Align(["Social protection floors for all mothers."], ["Digital skills open doors to families everywhere."]);

        Assert.Equal([RowKind.Dropped, RowKind.Added], alignment.Rows.Select(r => r.Kind));
    }

    [Fact]
    public void TranslationsArePairedByNumbersAndCognatesAndWhatOnlyOneHasIsLeftAlone()
    {
        string[] french =
        [
            "E/CN.5/2026/NGO/31 Commission du développement social, soixante-quatrième session",
            "La protection sociale universelle doit reconnaître le travail de soin non rémunéré des mères.",
            "Ce paragraphe n’existe que dans la version française et parle de Montréal en 1998.",
            "Nos recommandations : mesurer le travail de soin par des enquêtes régulières sur l’emploi du temps.",
        ];
        string[] english =
        [
            "E/CN.5/2026/NGO/31 Commission for Social Development, sixty-fourth session",
            "Universal social protection must recognise the unpaid care work of mothers.",
            "Our recommendations: measure care work through regular time-use surveys.",
        ];

        var alignment = ParagraphAligner.Align(french, english, translation: true);

        Assert.Equal([RowKind.Paired, RowKind.Paired, RowKind.Dropped, RowKind.Paired], alignment.Rows.Select(r => r.Kind));
        Assert.Equal([0, 1, null, 2], alignment.Rows.Select(r => r.Right));
        // Translations are not word-diffed: every run is plain.
        Assert.DoesNotContain(alignment.Rows.SelectMany(r => r.LeftRuns.Concat(r.RightRuns)), r => r.Changed);
    }

    [Fact]
    public void AnEmptyTextIsEveryParagraphOfTheOtherAdded()
    {
        var alignment = ParagraphAligner.Align([], ["One.", "Two."]);

        Assert.Equal([RowKind.Added, RowKind.Added], alignment.Rows.Select(r => r.Kind));
    }
}

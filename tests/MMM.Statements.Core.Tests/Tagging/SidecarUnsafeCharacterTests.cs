using MMM.Statements.Tagging;

namespace MMM.Statements.Core.Tests.Tagging;

public sealed class SidecarUnsafeCharacterTests
{
    [Fact]
    public void ControlAndBidiCharactersWrittenAsJsonEscapesAreRemovedFromEveryField()
    {
        var sidecar = StatementSidecar.Parse("""
            {"title": "Soins\u0001 non\u001B rému\u202Enérés", "session": "CSW\u000068", "body": "C\u200FSW",
             "topics": ["unpaid\u0007-care"], "symbol": "E/CN.6/2024/NGO/108\u202E", "citedSymbols": ["A/RES/70/1\u0000"],
             "location": "new-\u2066york", "type": "written-statement\u0085", "language": "f\u0001r"}
            """, out var error);

        Assert.Null(error);
        Assert.NotNull(sidecar);
        Assert.Equal("Soins non rémunérés", sidecar.Title);
        Assert.Equal("CSW68", sidecar.Session);
        Assert.Equal("CSW", sidecar.Body);
        Assert.Equal(["unpaid-care"], sidecar.Topics!);
        Assert.Equal("E/CN.6/2024/NGO/108", sidecar.Symbol);
        Assert.Equal(["A/RES/70/1"], sidecar.CitedSymbols!);
        Assert.Equal("new-york", sidecar.Location);
        Assert.Equal("written-statement", sidecar.Type);
        Assert.Equal("fr", sidecar.Language);
    }
}

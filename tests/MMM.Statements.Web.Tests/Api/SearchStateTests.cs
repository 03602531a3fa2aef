using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using MMM.Statements.Search;
using MMM.Statements.Web.Api;

namespace MMM.Statements.Web.Tests.Api;

public sealed class SearchStateTests
{
    [Fact]
    public void AUrlReadAndWrittenBackIsTheSameUrl()
    {
        const string url = "/?q=soins%20non%20r%C3%A9mun%C3%A9r%C3%A9s&session=CSocD64&session=CSW68&topic=digital&sort=oldest&size=20&page=3";

        var (state, error) = Parse(url);

        Assert.Equal(SearchStateError.None, error);
        Assert.Equal(url, state.Href());
        Assert.Equal(["CSocD64", "CSW68"], state.Filters["session"]);
        Assert.Equal(SearchSort.Oldest, state.Sort);
    }

    [Fact]
    public void ToggleAddsThenRemovesAValueAndGoesBackToPageOne()
    {
        var (state, _) = Parse("/?q=care&page=4");

        var added = state.Toggle("topic", "digital");
        var removed = added.Toggle("topic", "digital");

        Assert.Equal("/?q=care&topic=digital", added.Href());
        Assert.Equal("/?q=care", removed.Href());
    }

    [Theory]
    [InlineData("/?sort=popular", SearchStateError.UnknownSort)]
    [InlineData("/?page=-1", SearchStateError.BadNumber)]
    [InlineData("/?size=ten", SearchStateError.BadNumber)]
    [InlineData("/?topic=%3Cscript%3E", SearchStateError.BadFacetValue)]
    [InlineData("/?year=2024%27%20OR%201%3D1--", SearchStateError.BadFacetValue)]
    public void AnUnreadableParameterIsAnError(string url, SearchStateError expected)
    {
        Assert.Equal(expected, Parse(url).Error);
    }

    [Fact]
    public void ValuesWithSlashesDotsAndAccentsAreAccepted()
    {
        var (state, error) = Parse("/?location=gen%C3%A8ve&session=HLPF2025&topic=early-childhood&body=E%2FCN.6");

        Assert.Equal(SearchStateError.None, error);
        Assert.Equal(4, state.Filters.Count);
    }

    private static (SearchState State, SearchStateError Error) Parse(string url) =>
        SearchState.Parse(new QueryCollection(QueryHelpers.ParseQuery(new Uri("http://x" + url).Query)));
}

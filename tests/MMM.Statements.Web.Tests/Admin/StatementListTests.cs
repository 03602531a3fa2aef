using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MMM.Statements.Search;

namespace MMM.Statements.Web.Tests.Admin;

/// <summary>The admin list of statements: every language version on a line of its own, found by words or by file name.</summary>
public sealed partial class StatementListTests : SignedInSiteTests
{
    private async Task<List<string>> ListedIdsAsync(string query)
    {
        var ids = new List<string>();
        for (var page = 1; page < 20; page++)
        {
            var html = await admin.Client.GetStringAsync($"/admin/statements?q={Uri.EscapeDataString(query)}&p={page}");
            var found = RowIds().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            ids.AddRange(found);
            if (found.Count < Pages.Admin.StatementsModel.PageSize)
            {
                break;
            }
        }
        return ids;
    }

    [Fact]
    public async Task TheListHasEveryLanguageVersion()
    {
        var ids = await ListedIdsAsync("");

        Assert.Equal(site.Services.GetRequiredService<StatementIndex>().Info!.Statements, ids.Count);
        Assert.Contains("2025-csw69-written-statement-en", ids);
        Assert.Contains("2025-csw69-written-statement-es", ids);
        Assert.Contains("2025-csw69-news-fr", ids);
    }

    [Fact]
    public async Task AFileNameFindsItsStatementWhateverTheCaseAndWhicheverPart()
    {
        Assert.Equal(["2025-csw69-written-statement-es"], await ListedIdsAsync("csw69-written-statement-es.pdf"));
        Assert.Equal(["2025-csw69-written-statement-en"], await ListedIdsAsync("2025/CSW69-Written-Statement-EN"));
        // The French written statement is a file of the news page that links it.
        Assert.Equal(["2025-csw69-news-fr", "2025-csw69-written-statement-en", "2025-csw69-written-statement-es"], (await ListedIdsAsync("csw69-written")).Order());
        // Words still search the text, and a symbol still finds its statement.
        Assert.Contains("2025-csw69-news-fr", await ListedIdsAsync("E/CN.6/2025/NGO/47"));
    }

    [GeneratedRegex("<tr data-id=\"([^\"]+)\"")]
    private static partial Regex RowIds();
}

using MMM.Statements.Web.Tests.Infrastructure;

namespace MMM.Statements.Web.Tests.Search;

/// <summary>One in-process site on its own copy of the sample index, shared by the tests of a class (they only read).</summary>
public sealed class SearchSite : IDisposable
{
    internal SiteFactory Factory { get; } = new();

    public HttpClient NewClient() => Factory.NewClient();

    public void Dispose() => Factory.Dispose();
}

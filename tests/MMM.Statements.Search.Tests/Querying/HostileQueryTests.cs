using System.Text;
using Xunit.Abstractions;

namespace MMM.Statements.Search.Tests.Querying;

/// <summary>Queries from the reliability catalogue (Q01–Q19) and random strings never reach SQLite as syntax.</summary>
public sealed class HostileQueryTests(ITestOutputHelper output, HostileQueryTests.Fixture fixture) : IClassFixture<HostileQueryTests.Fixture>
{
    private const int CiQueries = 3_000;

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Index = TestIndex.Create(TestIndex.Sample());
            Search = Index.Open();
        }

        internal TestIndex Index { get; }

        public StatementIndex Search { get; }

        public void Dispose()
        {
            Search.Dispose();
            Index.Dispose();
        }
    }

    [Theory]
    [InlineData("\"droits de l'homme")]
    [InlineData("((égalité")]
    [InlineData("égalité))")]
    [InlineData("l'État")]
    [InlineData("aujourd'hui")]
    [InlineData("d’abord")]
    [InlineData("peut-être")]
    [InlineData("Saint-Laurent")]
    [InlineData("-politique")]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("a*")]
    [InlineData("AND")]
    [InlineData("OR hello")]
    [InlineData("NOT")]
    [InlineData("^début")]
    [InlineData("a + b")]
    [InlineData("a : b")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("title:")]
    [InlineData("title:(")]
    [InlineData("year:[2020 TO")]
    [InlineData("year:[abc TO def]")]
    [InlineData("{col} : x")]
    [InlineData("text:\"")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\"; DROP TABLE statements; --")]
    [InlineData("UNION SELECT * FROM meta")]
    [InlineData("\u0000\u0001\u200e\u202e")]
    [InlineData("\u00a0")]
    [InlineData("le la les")]
    [InlineData("🙂 mères 🙂")]
    [InlineData("e\u0301galite\u0301")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("~~~")]
    [InlineData("mères~9")]
    [InlineData("\\\"\\(")]
    public void HostileQueryGivesAnAnswerNotAnError(string query)
    {
        var result = fixture.Search.Search(new SearchRequest { Query = query });

        Assert.NotNull(result);
        Assert.True(result.Total >= 0);
    }

    [Fact]
    public void CombiningAccentQueryMatchesPrecomposedText()
    {
        var decomposed = fixture.Search.Search(new SearchRequest { Query = "e\u0301galite\u0301 OR re\u0301mune\u0301re\u0301s" });
        var composed = fixture.Search.Search(new SearchRequest { Query = "égalité OR rémunérés" });

        Assert.Equal(composed.Hits.Select(h => h.Id), decomposed.Hits.Select(h => h.Id));
        Assert.NotEmpty(composed.Hits);
    }

    [Fact]
    public void InjectionAttemptLeavesTheSchemaIntact()
    {
        string Schema() => string.Join('|', fixture.Search.Stats()!.Build.Statements, fixture.Search.Search(new SearchRequest { Query = "" }).Total, string.Join(',', fixture.Search.Verify()));
        var before = Schema();

        fixture.Search.Search(new SearchRequest { Query = "\"; DROP TABLE statements; --" });
        fixture.Search.Search(new SearchRequest { Query = "'); DELETE FROM ft; --" });

        Assert.Equal(before, Schema());
        Assert.Equal(7, fixture.Search.Info!.Statements);
    }

    [Fact]
    public void ThousandsOfTermsAreCutWithANotice()
    {
        var query = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "mot" + i));

        var result = fixture.Search.Search(new SearchRequest { Query = query });

        Assert.Contains(SearchNotice.QueryTruncated, result.Notices);
    }

    [Fact]
    public void OutOfRangePagingIsClamped()
    {
        var result = fixture.Search.Search(new SearchRequest { Query = "mères", Page = -1, Size = 100_000 });

        Assert.Equal(1, result.Page);
        Assert.Equal(SearchRequest.MaxSize, result.Size);
    }

    /// <summary>
    /// G2: random strings from metacharacters, French letters, apostrophes, controls, surrogates and emoji. 3,000 a run
    /// draw each of the atoms below a few hundred times; <c>MMM_QUERY_COUNT</c> raises the count by hand.
    /// </summary>
    [Fact]
    public void ThousandsOfRandomQueriesRaiseNoError()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("MMM_QUERY_COUNT"), out var n) && n > 0 ? n : CiQueries;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MMM_QUERY_SEED"), out var s) ? s : Environment.TickCount;
        output.WriteLine($"seed {seed}, {count} queries (set MMM_QUERY_SEED to replay, MMM_QUERY_COUNT for more)");
        var random = new Random(seed);
        string[] atoms =
        [
            "\"", "(", ")", "*", ":", "^", "-", "+", "{", "}", ",", "[", "]", "~", "!", "&&", "||", "\\", "/", "'", "’", "´",
            " NEAR ", " AND ", " OR ", " NOT ", " TO ", "NEAR(", "title:", "text:", "year:", "session:", "symbol:", "cites:", "body:",
            "é", "è", "ê", "à", "ç", "œ", "É", "ï", "mères", "soins", "rémunérés", "l'", "d’", "qu'", "E/CN.6/2024/NGO/108", "2024",
            "\u0000", "\u0007", "\u200b", "\u200e", "\u202e", "\u00ad", "\u00a0", "\ud83d\ude42", "\ud800", "\udc00", "漢", " ", " ", "a", "z",
        ];
        var sb = new StringBuilder();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            var parts = random.Next(1, 12);
            for (var p = 0; p < parts; p++)
            {
                sb.Append(atoms[random.Next(atoms.Length)]);
            }
            var query = sb.ToString();
            try
            {
                fixture.Search.Search(new SearchRequest { Query = query, Facets = false, Snippets = false, Size = 1 });
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, query #{i} {Escape(query)} raised {e}");
            }
        }
        // Reported, not asserted: tests do not depend on timing.
        output.WriteLine($"{count} queries in {clock.Elapsed.TotalSeconds:0.0} s wall, {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:x4}" : c.ToString()));
}

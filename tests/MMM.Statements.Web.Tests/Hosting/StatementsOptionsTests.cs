using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MMM.Statements.Tests;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Tests.Hosting;

public sealed class StatementsOptionsTests
{
    [Fact]
    public void DefaultsAreTheRepositoryFoldersFoundAboveTheContentRoot()
    {
        var options = new StatementsOptions();

        new StatementsOptionsDefaults(Environment(Path.Combine(TestPaths.RepoRoot, "src", "MMM.Statements.Web"))).PostConfigure(null, options);

        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "statements"), options.SourceDirectory);
        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "index-data"), options.IndexDirectory);
        Assert.Equal(Path.Combine(TestPaths.RepoRoot, "app-data"), options.DataDirectory);
        Assert.Equal(50L * 1024 * 1024, options.MaxUploadBytes);
    }

    [Fact]
    public void WithoutARepositoryTheDefaultsAreUnderTheContentRoot()
    {
        var root = TestPaths.NewTempDirectory();
        try
        {
            var options = new StatementsOptions { IndexDirectory = "idx" };

            new StatementsOptionsDefaults(Environment(root)).PostConfigure(null, options);

            Assert.Equal(Path.Combine(root, "statements"), options.SourceDirectory);
            Assert.Equal(Path.Combine(root, "idx"), options.IndexDirectory);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void DataInsideTheCorpusIsRefusedWithAClearMessage()
    {
        var result = new StatementsOptionsValidation().Validate(null, new StatementsOptions
        {
            SourceDirectory = "/srv/mmm/statements",
            IndexDirectory = "/srv/mmm/index-data",
            DataDirectory = "/srv/mmm/statements/app-data",
        });

        Assert.True(result.Failed);
        Assert.Contains("Statements:DataDirectory", result.FailureMessage);
        Assert.Contains("must not be inside Statements:SourceDirectory", result.FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2L << 30)]
    public void AnUnreasonableUploadLimitIsRefused(long bytes)
    {
        var result = new StatementsOptionsValidation().Validate(null, new StatementsOptions
        {
            SourceDirectory = "/srv/mmm/statements",
            IndexDirectory = "/srv/mmm/index-data",
            DataDirectory = "/srv/mmm/app-data",
            MaxUploadBytes = bytes,
        });

        Assert.Contains("Statements:MaxUploadBytes", result.FailureMessage);
    }

    [Theory]
    [InlineData("smtp.example.org", "", null, "", "Statements:Smtp:From must be an e-mail address")]
    [InlineData("smtp.example.org", "not an address", null, "", "Statements:Smtp:From must be an e-mail address")]
    [InlineData("smtp.example.org", "MMM <alerts@example.org>", SmtpSecurity.None, "mailer", "the password would cross the network in clear")]
    [InlineData("smtp.example.org", "alerts@example.org", null, "", null)]
    [InlineData("127.0.0.1", "alerts@example.org", null, "mailer", null)]
    [InlineData("", "", null, "", null)]
    public void MailSettingsAreCheckedAtStart(string host, string from, SmtpSecurity? security, string userName, string? failure)
    {
        var result = new StatementsOptionsValidation().Validate(null, new StatementsOptions
        {
            SourceDirectory = "/srv/mmm/statements",
            IndexDirectory = "/srv/mmm/index-data",
            DataDirectory = "/srv/mmm/app-data",
            Smtp = new SmtpOptions { Host = host, From = from, Security = security, UserName = userName },
        });

        if (failure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.Contains(failure, result.FailureMessage);
        }
    }

    [Theory]
    [InlineData("smtp.example.org", null, 0, SmtpSecurity.StartTls, 587)]
    [InlineData("localhost", null, 0, SmtpSecurity.None, 25)]
    [InlineData("smtp.example.org", SmtpSecurity.SslOnConnect, 0, SmtpSecurity.SslOnConnect, 465)]
    [InlineData("127.0.0.1", null, 2525, SmtpSecurity.None, 2525)]
    public void AnUnsetSecurityIsTlsUnlessTheServerIsOnTheLoopback(string host, SmtpSecurity? security, int port, SmtpSecurity effective, int effectivePort)
    {
        var smtp = new SmtpOptions { Host = host, Security = security, Port = port };

        Assert.Equal(effective, smtp.EffectiveSecurity);
        Assert.Equal(effectivePort, smtp.EffectivePort);
    }

    [Fact]
    public void SiblingFoldersWithACommonPrefixAreAccepted()
    {
        var result = new StatementsOptionsValidation().Validate(null, new StatementsOptions
        {
            SourceDirectory = "/srv/mmm/statements",
            IndexDirectory = "/srv/mmm/index-data",
            DataDirectory = "/srv/mmm/statements-app-data",
        });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void TheSiteDoesNotStartWithAnInvalidConfiguration()
    {
        var root = TestPaths.NewTempDirectory();
        try
        {
            using var site = new Infrastructure.SiteFactory(dataDirectory: Path.Combine(root, "statements", "data"))
                .WithWebHostBuilder(b => b.UseSetting("Statements:SourceDirectory", Path.Combine(root, "statements")));

            var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

            var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException() as OptionsValidationException ?? error);
            Assert.Contains("must not be inside Statements:SourceDirectory", validation.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IHostEnvironment Environment(string contentRoot) => new HostEnvironment(contentRoot);

    private sealed class HostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "MMM.Statements.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

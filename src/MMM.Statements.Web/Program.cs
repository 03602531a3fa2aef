using MMM.Statements.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddStatementsWeb();

var app = builder.Build();
app.UseStatementsWeb();
app.MapStatementsWeb();
app.Run();

/// <summary>Entry point; public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host the site in tests.</summary>
public partial class Program;

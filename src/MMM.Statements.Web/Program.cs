var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => Results.Content(
    "<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\"><title>MMM.Statements</title><h1>MMM.Statements</h1><p>Recherche bientôt disponible.</p></html>",
    "text/html; charset=utf-8"));
app.MapGet("/healthz", () => Results.Text("ok"));
app.Run();

public partial class Program;

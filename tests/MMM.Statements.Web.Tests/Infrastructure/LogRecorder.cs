using Microsoft.Extensions.Logging;

namespace MMM.Statements.Web.Tests.Infrastructure;

/// <summary>Keeps every formatted log message of the site, to check what an operator would read.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly List<string> messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.messages)
            {
                owner.messages.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
            }
        }
    }
}

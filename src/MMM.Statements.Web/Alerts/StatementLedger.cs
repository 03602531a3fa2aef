using System.Text.Json;
using Microsoft.Extensions.Options;
using MMM.Statements.Web.Hosting;

namespace MMM.Statements.Web.Alerts;

/// <summary>
/// When each statement (each language version, by id) first appeared in the live index, as a publication number:
/// <c>DataDirectory/alerts/ledger.json</c>. Every statement there the first time the ledger is made counts as
/// publication 0; each later publication that brings statements unseen before numbers them with the next number.
/// A statement keeps its number when it is edited, removed or restored, so no digest ever lists it twice.
/// </summary>
public sealed class StatementLedger
{
    public const string FileName = "ledger.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lock gate = new();
    private readonly string path;
    private State? state;

    public StatementLedger(IOptions<StatementsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        path = Path.Combine(Directory.CreateDirectory(Path.Combine(options.Value.DataDirectory, AlertSubscriptions.FolderName)).FullName, FileName);
        if (File.Exists(path))
        {
            state = JsonSerializer.Deserialize<State>(File.ReadAllBytes(path), Json);
        }
    }

    /// <summary>The last publication number (0 before any).</summary>
    public long Generation
    {
        get
        {
            lock (gate)
            {
                return state?.Generation ?? 0;
            }
        }
    }

    /// <summary>The index commit the ledger was last brought up to date with, or null.</summary>
    public string? Commit
    {
        get
        {
            lock (gate)
            {
                return state?.Commit;
            }
        }
    }

    /// <summary>The publication that first brought <paramref name="id"/>, or null when the ledger has not seen it.</summary>
    public long? FirstSeen(string id)
    {
        lock (gate)
        {
            return state is not null && state.Ids.TryGetValue(id, out var generation) ? generation : null;
        }
    }

    /// <summary>
    /// Records the statements of the commit <paramref name="commit"/>: those never seen get the next publication number.
    /// Written durably before it returns; returns the last publication number.
    /// </summary>
    public long Record(IEnumerable<string> ids, string commit)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (gate)
        {
            if (state is null)
            {
                var first = new State { Generation = 0, Commit = commit, Ids = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0L, StringComparer.Ordinal) };
                Save(first);
                return 0;
            }
            var unseen = ids.Where(id => !state.Ids.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
            if (unseen.Count == 0 && state.Commit == commit)
            {
                return state.Generation;
            }
            var generation = state.Generation + (unseen.Count > 0 ? 1 : 0);
            var known = new Dictionary<string, long>(state.Ids, StringComparer.Ordinal);
            foreach (var id in unseen)
            {
                known[id] = generation;
            }
            Save(new State { Generation = generation, Commit = commit, Ids = known });
            return generation;
        }
    }

    private void Save(State next)
    {
        DurableFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(next, Json));
        state = next;
    }

    private sealed record State
    {
        public long Generation { get; init; }
        public string? Commit { get; init; }
        public Dictionary<string, long> Ids { get; init; } = new(StringComparer.Ordinal);
    }
}

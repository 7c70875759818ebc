using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.History;

/// <summary>Appends events with consecutive ids; thread-safe. Can count only (no storage) for throughput runs.</summary>
internal sealed class HistoryRecorder(bool keepEvents)
{
    private readonly List<HistoryEvent> _events = [];
    private readonly Lock _lock = new();
    private long _lastId;

    public IReadOnlyList<HistoryEvent> Snapshot()
    {
        lock (_lock)
        {
            return [.. _events];
        }
    }

    public long Count => Interlocked.Read(ref _lastId);

    /// <summary>Adds an event; <paramref name="details"/> is only built when events are kept.</summary>
    public long Add(string type, DateTimeOffset timestamp, Func<JsonObject?>? details = null, long previous = -1)
    {
        lock (_lock)
        {
            var id = ++_lastId;
            if (keepEvents)
            {
                _events.Add(new HistoryEvent(id, previous >= 0 ? previous : id - 1, type, timestamp, details?.Invoke()));
            }

            return id;
        }
    }
}

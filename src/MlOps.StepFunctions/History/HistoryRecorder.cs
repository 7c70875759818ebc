using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.History;

/// <summary>Appends events with consecutive ids; thread-safe. Can count only (no storage) for throughput runs.</summary>
internal sealed class HistoryRecorder(bool keepEvents, Func<DateTimeOffset> now)
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

    /// <summary>True when events are stored (callers can skip building details otherwise).</summary>
    public bool Keeps => keepEvents;

    public long Count => Interlocked.Read(ref _lastId);

    /// <summary>
    /// Takes the event counter back to <paramref name="count"/> after discarded speculative work; only possible while
    /// no events are kept (kept events cannot be unrecorded).
    /// </summary>
    public void RewindTo(long count)
    {
        if (keepEvents)
        {
            throw new InvalidOperationException("recorded history events cannot be rewound");
        }

        Interlocked.Exchange(ref _lastId, count);
    }

    /// <summary>Adds an event; the timestamp and <paramref name="details"/> are only computed when events are kept.</summary>
    public long Add(string type, Func<JsonObject?>? details = null, long previous = -1)
    {
        if (!keepEvents)
        {
            return Interlocked.Increment(ref _lastId);
        }

        lock (_lock)
        {
            var id = Interlocked.Increment(ref _lastId);
            _events.Add(new HistoryEvent(id, previous >= 0 ? previous : id - 1, type, now(), details?.Invoke()));
            return id;
        }
    }
}

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

    [ThreadStatic]
    private static HistoryRecorder? t_deferringFor;

    [ThreadStatic]
    private static long t_deferred;

    /// <summary>
    /// Until <see cref="EndDeferredCount"/>, events added by this thread are counted locally (ids are then only
    /// placeholders) and added in one step at the end: worker threads sharing one counter would otherwise fight over it.
    /// </summary>
    public void BeginDeferredCount()
    {
        if (keepEvents || t_deferringFor is not null)
        {
            throw new InvalidOperationException("deferred counting needs an unrecorded history and is not nested");
        }

        t_deferringFor = this;
        t_deferred = 0;
    }

    /// <summary>Adds what this thread counted since <see cref="BeginDeferredCount"/> to the shared counter.</summary>
    public void EndDeferredCount()
    {
        if (ReferenceEquals(t_deferringFor, this))
        {
            t_deferringFor = null;
            Interlocked.Add(ref _lastId, t_deferred);
        }
    }

    /// <summary>Counts <paramref name="events"/> unrecorded events at once.</summary>
    public void Advance(long events)
    {
        if (keepEvents)
        {
            throw new InvalidOperationException("recorded history events are added one by one");
        }

        Interlocked.Add(ref _lastId, events);
    }

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
            return ReferenceEquals(t_deferringFor, this) ? ++t_deferred : Interlocked.Increment(ref _lastId);
        }

        lock (_lock)
        {
            var id = Interlocked.Increment(ref _lastId);
            _events.Add(new HistoryEvent(id, previous >= 0 ? previous : id - 1, type, now(), details?.Invoke()));
            return id;
        }
    }
}

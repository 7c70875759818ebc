using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.History;

/// <summary>One event as <c>GetExecutionHistory</c> reports it.</summary>
/// <param name="Id">1-based event id.</param>
/// <param name="PreviousEventId">The id of the event this one follows (0 for the first).</param>
/// <param name="Type">Event type, e.g. <c>PassStateEntered</c>, <c>TaskScheduled</c>, <c>MapIterationStarted</c>.</param>
/// <param name="Timestamp">When it happened on the engine's (possibly virtual) clock.</param>
/// <param name="Details">The <c>...EventDetails</c> object (name, input, output, error, cause, ...), or null.</param>
public sealed record HistoryEvent(long Id, long PreviousEventId, string Type, DateTimeOffset Timestamp, JsonObject? Details);

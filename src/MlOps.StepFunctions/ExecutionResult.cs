using System.Text.Json.Nodes;

namespace MlOps.StepFunctions;

/// <summary>How an execution ended.</summary>
/// <param name="Status">Final status.</param>
/// <param name="Output">Output when <see cref="ExecutionStatus.Succeeded"/>.</param>
/// <param name="Error">Error name when failed (may be null, as for a Fail state without Error).</param>
/// <param name="Cause">Cause when failed (may be null).</param>
public sealed record ExecutionResult(ExecutionStatus Status, JsonNode? Output, string? Error, string? Cause);

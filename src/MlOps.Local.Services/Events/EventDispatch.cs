namespace MlOps.Local.Services.Events;

/// <summary>One delivery of an event to a target.</summary>
/// <param name="Source">The rule or notification that matched.</param>
/// <param name="TargetArn">The target.</param>
/// <param name="ExecutionArn">The execution, for state machine targets.</param>
/// <param name="Started">False when an execution with the same name already existed (duplicate event).</param>
public sealed record EventDispatch(string Source, string TargetArn, string? ExecutionArn, bool Started);

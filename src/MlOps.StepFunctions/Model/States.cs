using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Model;

/// <summary><c>Pass</c>.</summary>
internal sealed class PassState : StateNode
{
    public JsonNode? Result { get; init; }
    public bool HasResult { get; init; }
}

/// <summary><c>Succeed</c>.</summary>
internal sealed class SucceedState : StateNode;

/// <summary><c>Fail</c>.</summary>
internal sealed class FailState : StateNode
{
    public string? Error { get; init; }
    public string? Cause { get; init; }
    public PayloadTemplate? ErrorPath { get; init; }
    public PayloadTemplate? CausePath { get; init; }
}

/// <summary><c>Wait</c>.</summary>
internal sealed class WaitState : StateNode
{
    public long? Seconds { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public JsonPath? SecondsPath { get; init; }
    public JsonPath? TimestampPath { get; init; }
}

/// <summary><c>Choice</c>.</summary>
internal sealed class ChoiceState : StateNode
{
    public required IReadOnlyList<ChoiceBranch> Choices { get; init; }
    public string? Default { get; init; }
}

/// <summary><c>Task</c>.</summary>
internal sealed class TaskState : StateNode
{
    public required string Resource { get; init; }
    public int? TimeoutSeconds { get; init; }
    public JsonPath? TimeoutSecondsPath { get; init; }
    public int? HeartbeatSeconds { get; init; }
    public JsonPath? HeartbeatSecondsPath { get; init; }
}

/// <summary><c>Parallel</c>.</summary>
internal sealed class ParallelState : StateNode
{
    public required IReadOnlyList<StateGraph> Branches { get; init; }
}

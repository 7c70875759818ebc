using System.Text.Json.Nodes;

namespace MlOps.StepFunctions;

/// <summary>Per-execution settings.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Execution name (default: a new GUID).</summary>
    public string? ExecutionName { get; init; }

    /// <summary>Role ARN shown in <c>$$.Execution.RoleArn</c>.</summary>
    public string? RoleArn { get; init; }

    /// <summary>True for an EXPRESS state machine (its context object has no <c>Execution.RedriveCount</c>).</summary>
    public bool Express { get; init; }

    /// <summary>Extra fields merged into the context object (e.g. from <c>--context</c>).</summary>
    public JsonObject? ContextOverrides { get; init; }
}

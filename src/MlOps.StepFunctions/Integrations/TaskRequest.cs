using System.Text.Json.Nodes;

namespace MlOps.StepFunctions.Integrations;

/// <summary>What a resource handler receives for one Task attempt.</summary>
public sealed class TaskRequest
{
    /// <summary>The resource ARN without the pattern suffix (e.g. <c>arn:aws:states:::lambda:invoke</c>).</summary>
    public required string Resource { get; init; }

    /// <summary>The resource exactly as written in the definition.</summary>
    public required string RawResource { get; init; }

    /// <summary>The integration pattern.</summary>
    public required IntegrationPattern Pattern { get; init; }

    /// <summary>The effective parameters (after InputPath and Parameters).</summary>
    public JsonNode? Parameters { get; init; }

    /// <summary>The task token (for <see cref="IntegrationPattern.WaitForTaskToken"/>), else null.</summary>
    public string? TaskToken { get; init; }

    /// <summary>The state name.</summary>
    public required string StateName { get; init; }

    /// <summary>The execution ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The context object as seen by the state.</summary>
    public JsonNode? Context { get; init; }

    /// <summary>TimeoutSeconds of the state, if any.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>HeartbeatSeconds of the state, if any.</summary>
    public int? HeartbeatSeconds { get; init; }

    /// <summary>The engine's clock (virtual or real); use it for any polling delay.</summary>
    public required TimeProvider Clock { get; init; }
}

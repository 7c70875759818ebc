using System.Text.Json.Serialization;

namespace MlOps.Local.Services.Executions;

/// <summary>An execution as <c>DescribeExecution</c> returns it (the AWS CLI's JSON field names).</summary>
public sealed record ExecutionRecord
{
    /// <summary>The execution ARN.</summary>
    [JsonPropertyName("executionArn")]
    public required string ExecutionArn { get; init; }

    /// <summary>The state machine ARN.</summary>
    [JsonPropertyName("stateMachineArn")]
    public required string StateMachineArn { get; init; }

    /// <summary>The execution name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary><c>RUNNING</c>, <c>SUCCEEDED</c>, <c>FAILED</c>, <c>TIMED_OUT</c> or <c>ABORTED</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>When it started.</summary>
    [JsonPropertyName("startDate")]
    public required DateTimeOffset StartDate { get; init; }

    /// <summary>When it stopped.</summary>
    [JsonPropertyName("stopDate")]
    public DateTimeOffset? StopDate { get; init; }

    /// <summary>The input JSON text.</summary>
    [JsonPropertyName("input")]
    public string? Input { get; init; }

    /// <summary>The output JSON text, on success.</summary>
    [JsonPropertyName("output")]
    public string? Output { get; init; }

    /// <summary>The error name, on failure.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>The cause, on failure.</summary>
    [JsonPropertyName("cause")]
    public string? Cause { get; init; }
}

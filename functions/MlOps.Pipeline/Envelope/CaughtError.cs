using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>What a Step Functions Catch hands on: the error name and its cause (often Lambda's error JSON).</summary>
public sealed record CaughtError
{
    /// <summary>The error name, e.g. <c>MlOps.DataContractViolation</c> or <c>States.Timeout</c>.</summary>
    [JsonPropertyName("Error")]
    public string? Error { get; set; }

    /// <summary>The cause: a message or Lambda's <c>{"errorMessage", "errorType", "stackTrace"}</c> as a string.</summary>
    [JsonPropertyName("Cause")]
    public string? Cause { get; set; }
}

namespace MlOps.Lambda.Runtime.Client;

/// <summary>One event from <c>GET /runtime/invocation/next</c>: its headers and body.</summary>
public sealed class InvocationRequest
{
    /// <summary><c>Lambda-Runtime-Aws-Request-Id</c>.</summary>
    public required string RequestId { get; init; }

    /// <summary><c>Lambda-Runtime-Deadline-Ms</c> (Unix epoch milliseconds), if sent.</summary>
    public long? DeadlineMs { get; init; }

    /// <summary><c>Lambda-Runtime-Invoked-Function-Arn</c>.</summary>
    public string InvokedFunctionArn { get; init; } = string.Empty;

    /// <summary><c>Lambda-Runtime-Trace-Id</c>, if sent.</summary>
    public string? TraceId { get; init; }

    /// <summary><c>Lambda-Runtime-Client-Context</c> JSON, if sent.</summary>
    public string? ClientContext { get; init; }

    /// <summary><c>Lambda-Runtime-Cognito-Identity</c> JSON, if sent.</summary>
    public string? CognitoIdentity { get; init; }

    /// <summary><c>Lambda-Runtime-Aws-Tenant-Id</c>, if sent.</summary>
    public string? TenantId { get; init; }

    /// <summary>The event's bytes.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }
}

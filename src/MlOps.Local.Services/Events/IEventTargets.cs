using System.Text.Json.Nodes;

namespace MlOps.Local.Services.Events;

/// <summary>What a rule or notification can start: an execution (by name, deduplicated) or a function invocation.</summary>
public interface IEventTargets
{
    /// <summary>Starts an execution unless one with <paramref name="name"/> exists; returns its ARN and whether it is new.</summary>
    Task<(string ExecutionArn, bool Started)> StartExecutionAsync(string stateMachineArn, string name, JsonNode input, CancellationToken cancellationToken);

    /// <summary>Invokes a function asynchronously (the <c>Event</c> invocation type).</summary>
    Task InvokeFunctionAsync(string functionArn, JsonNode payload, CancellationToken cancellationToken);
}

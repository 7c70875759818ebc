using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Parsing;

namespace MlOps.StepFunctions;

/// <summary>Entry point: loads definitions and routes task-token callbacks to their executions.</summary>
public sealed class StepFunctionsEngine(EngineOptions? options = null)
{
    private readonly ConcurrentDictionary<string, Execution> _tokens = new(StringComparer.Ordinal);

    /// <summary>The engine settings.</summary>
    public EngineOptions Options { get; } = options ?? new EngineOptions();

    /// <summary>Validates a definition; returns every problem (empty when valid).</summary>
    public IReadOnlyList<AslValidationError> Validate(string definitionJson)
    {
        var parser = new DefinitionParser(Options.Handlers);
        parser.Parse(definitionJson ?? "");
        return parser.Errors;
    }

    /// <summary>Parses and validates; throws <see cref="AslValidationException"/> listing every problem.</summary>
    public StateMachine Load(string definitionJson, string stateMachineName = "StateMachine")
    {
        var parser = new DefinitionParser(Options.Handlers);
        var graph = parser.Parse(definitionJson ?? "");
        if (parser.Errors.Count > 0 || graph is null)
        {
            throw new AslValidationException(parser.Errors);
        }

        return new StateMachine(this, graph, stateMachineName) { TimeoutSeconds = parser.MachineTimeoutSeconds };
    }

    /// <summary>Completes the waiting task that owns <paramref name="taskToken"/> with an output.</summary>
    public void SendTaskSuccess(string taskToken, JsonNode? output) => Owner(taskToken).SendTaskSuccess(taskToken, output);

    /// <summary>Fails the waiting task that owns <paramref name="taskToken"/>.</summary>
    public void SendTaskFailure(string taskToken, string? error, string? cause) => Owner(taskToken).SendTaskFailure(taskToken, error, cause);

    internal void RegisterToken(string token, Execution execution) => _tokens[token] = execution;

    internal void ReleaseToken(string token) => _tokens.TryRemove(token, out _);

    private Execution Owner(string token) =>
        _tokens.TryGetValue(token, out var e) ? e : throw new KeyNotFoundException("TaskDoesNotExist: no task is waiting for this token");
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Evaluation;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions;

/// <summary>A loaded, validated state machine; start any number of executions from it.</summary>
public sealed class StateMachine
{
    private readonly StepFunctionsEngine _engine;

    internal StateMachine(StepFunctionsEngine engine, StateGraph graph, string name)
    {
        _engine = engine;
        Graph = graph;
        Name = name;
        Arn = "arn:aws:states:" + engine.Options.Region + ":" + engine.Options.AccountId + ":stateMachine:" + name;
    }

    /// <summary>The state machine name.</summary>
    public string Name { get; }

    /// <summary>The state machine ARN.</summary>
    public string Arn { get; }

    internal StateGraph Graph { get; }

    /// <summary>The definition's top-level <c>TimeoutSeconds</c>: a longer execution ends as TIMED_OUT.</summary>
    public int? TimeoutSeconds { get; internal init; }

    /// <summary>Starts an execution; await <see cref="Execution.Completion"/> for the result.</summary>
    public Execution Start(JsonNode? input, ExecutionOptions? options = null)
    {
        var execution = new Execution(_engine, this, input, options ?? new ExecutionOptions());
        execution.Begin();
        return execution;
    }

    /// <summary>Runs an execution to completion.</summary>
    public Task<ExecutionResult> RunAsync(JsonNode? input, ExecutionOptions? options = null) => Start(input, options).Completion;

    internal ExecutionRun CreateRun(Execution execution, JsonNode? input, ExecutionOptions options) =>
        new(_engine, this, execution, input, options);
}

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Evaluation;
using MlOps.StepFunctions.History;

namespace MlOps.StepFunctions;

/// <summary>A running or finished execution: status, result, history and task-token callbacks.</summary>
public sealed class Execution
{
    private readonly StepFunctionsEngine _engine;
    private readonly ExecutionRun _run;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(JsonNode? Output, string? Error, string? Cause, bool Failed)>> _waiting = new();
    private readonly ConcurrentDictionary<string, int> _heartbeats = new();
    private Task<ExecutionResult>? _completion;

    internal Execution(StepFunctionsEngine engine, StateMachine machine, JsonNode? input, ExecutionOptions options)
    {
        _engine = engine;
        Name = options.ExecutionName ?? Guid.NewGuid().ToString();
        var prefix = "arn:aws:states:" + engine.Options.Region + ":" + engine.Options.AccountId;
        // Express executions are addressed as express:<machine>:<name>:<id>, standard ones as execution:<machine>:<name>.
        Arn = options.Express
            ? prefix + ":express:" + machine.Name + ":" + Name + ":" + Guid.NewGuid()
            : prefix + ":execution:" + machine.Name + ":" + Name;
        _run = machine.CreateRun(this, input, options);
    }

    /// <summary>The execution name.</summary>
    public string Name { get; }

    /// <summary>The execution ARN.</summary>
    public string Arn { get; }

    /// <summary>Current status.</summary>
    public ExecutionStatus Status => _completion is { IsCompleted: true } c ? c.Result.Status : ExecutionStatus.Running;

    /// <summary>Completes when the execution ends (never faults: failures are in the result).</summary>
    public Task<ExecutionResult> Completion => _completion ?? throw new InvalidOperationException("the execution has not started");

    /// <summary>The events recorded so far.</summary>
    public IReadOnlyList<HistoryEvent> History => _run.History.Snapshot();

    /// <summary>Number of events so far (also when events are not stored).</summary>
    public long EventCount => _run.History.Count;

    internal void Begin() => _completion = Task.Run(_run.RunAsync);

    /// <summary>Completes the task waiting for <paramref name="taskToken"/> with <paramref name="output"/>.</summary>
    public void SendTaskSuccess(string taskToken, JsonNode? output) => Complete(taskToken, (output, null, null, false));

    /// <summary>Fails the task waiting for <paramref name="taskToken"/>.</summary>
    public void SendTaskFailure(string taskToken, string? error, string? cause) => Complete(taskToken, (null, error, cause, true));

    /// <summary>Records a heartbeat for the task waiting for <paramref name="taskToken"/>.</summary>
    public void SendTaskHeartbeat(string taskToken)
    {
        if (!_waiting.ContainsKey(taskToken))
        {
            throw new KeyNotFoundException("TaskDoesNotExist: no task is waiting for this token");
        }

        _heartbeats.AddOrUpdate(taskToken, 1, (_, n) => n + 1);
    }

    /// <summary>How many heartbeats the task waiting for <paramref name="taskToken"/> has sent.</summary>
    internal int HeartbeatCount(string taskToken) => _heartbeats.TryGetValue(taskToken, out var n) ? n : 0;

    /// <summary>Stops waiting for a token (the task timed out).</summary>
    internal void Abandon(string taskToken)
    {
        _waiting.TryRemove(taskToken, out _);
        _heartbeats.TryRemove(taskToken, out _);
        _engine.ReleaseToken(taskToken);
    }

    internal Task<(JsonNode? Output, string? Error, string? Cause, bool Failed)> WaitForToken(string token)
    {
        var tcs = new TaskCompletionSource<(JsonNode?, string?, string?, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[token] = tcs;
        _engine.RegisterToken(token, this);
        return tcs.Task;
    }

    private void Complete(string token, (JsonNode?, string?, string?, bool) outcome)
    {
        if (!_waiting.TryRemove(token, out var tcs))
        {
            throw new KeyNotFoundException("TaskDoesNotExist: no task is waiting for this token");
        }

        _engine.ReleaseToken(token);
        tcs.TrySetResult(outcome);
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteTaskAsync(TaskState task, JsonNode? input, StateScope scope)
    {
        var (_, pattern) = ResourceHandlerRegistry.SplitPattern(task.Resource);
        var effective = ApplyInputPath(scope, task, input);
        if (pattern == IntegrationPattern.WaitForTaskToken)
        {
            scope.TaskToken = Guid.NewGuid().ToString("N");
            scope.InvalidateContext();
        }

        scope.Current = effective;
        var parameters = task.Parameters is null ? effective : task.Parameters.Evaluate(scope);
        var taskResult = await ExecuteTaskCoreAsync(task, parameters, scope).ConfigureAwait(false);
        return (FinishResult(task, input, taskResult, scope), task.Next);
    }

    /// <summary>Calls the handler with the effective parameters (shared by the JSONPath and JSONata flows).</summary>
    private async Task<JsonNode?> ExecuteTaskCoreAsync(TaskState task, JsonNode? parameters, StateScope scope)
    {
        var handler = Options.Handlers.Resolve(task.Resource, out var pattern, out var baseResource, out var problem)
                      ?? throw scope.Runtime(problem ?? "no handler for " + task.Resource);
        if (pattern == IntegrationPattern.WaitForTaskToken && scope.TaskToken is null)
        {
            scope.TaskToken = Guid.NewGuid().ToString("N");
            scope.InvalidateContext();
        }

        var timeout = ResolveSeconds(scope, task.TimeoutSeconds, task.TimeoutSecondsPath, "TimeoutSecondsPath");
        var heartbeat = ResolveSeconds(scope, task.HeartbeatSeconds, task.HeartbeatSecondsPath, "HeartbeatSecondsPath");
        return await InvokeTaskAsync(task, handler, pattern, baseResource, parameters, timeout, heartbeat, scope).ConfigureAwait(false);
    }

    /// <summary>Calls the task's handler with its effective parameters (history, timeouts, task tokens); returns the result.</summary>
    internal async Task<JsonNode?> InvokeTaskAsync(TaskState task, IResourceHandler handler, IntegrationPattern pattern, string baseResource,
        JsonNode? parameters, int? timeout, int? heartbeat, StateScope scope)
    {
        var lambdaArn = baseResource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal);
        var prefix = lambdaArn ? "LambdaFunction" : "Task";
        History.Add(prefix + "Scheduled", () => new JsonObject
        {
            ["resource"] = task.Resource,
            ["parameters"] = JsonValues.ToJson(parameters),
        });
        History.Add(prefix + "Started", () => new JsonObject { ["resource"] = task.Resource });
        var request = new TaskRequest
        {
            Resource = baseResource,
            RawResource = task.Resource,
            Pattern = pattern,
            Parameters = parameters,
            TaskToken = scope.TaskToken,
            StateName = task.Name,
            ExecutionArn = _execution.Arn,
            Context = scope.Context.DeepClone(),
            TimeoutSeconds = timeout,
            HeartbeatSeconds = heartbeat,
            Clock = Options.Clock,
        };

        TaskOutcome outcome;
        using var cancel = new CancellationTokenSource();
        try
        {
            outcome = await WithTimeout(handler.InvokeAsync(request, cancel.Token).AsTask(), timeout, cancel).ConfigureAwait(false);
            if (outcome.IsPending)
            {
                if (scope.TaskToken is null)
                {
                    throw scope.Runtime("the handler for " + baseResource + " returned Pending without a task token");
                }

                outcome = await WaitForTokenAsync(scope.TaskToken, timeout, heartbeat).ConfigureAwait(false);
            }
        }
        catch (TaskFailedException ex)
        {
            outcome = TaskOutcome.Failed(ex.Error, ex.Cause);
        }

        if (outcome.IsFailed)
        {
            History.Add(prefix + "Failed", () => new JsonObject { ["error"] = outcome.Error, ["cause"] = outcome.Cause });
            throw new StatesErrorException(outcome.Error, outcome.Cause);
        }

        History.Add(prefix + "Succeeded", () => new JsonObject { ["output"] = JsonValues.ToJson(outcome.Output) });
        // The engine takes ownership of a handler's output; one still attached elsewhere is copied.
        return outcome.Output is { Parent: not null } attached ? attached.DeepClone() : outcome.Output;
    }

    /// <summary>Runs the handler call against TimeoutSeconds on the engine clock.</summary>
    private async Task<TaskOutcome> WithTimeout(Task<TaskOutcome> call, int? timeoutSeconds, CancellationTokenSource cancel)
    {
        if (timeoutSeconds is not { } seconds || call.IsCompleted)
        {
            return await call.ConfigureAwait(false);
        }

        var timer = Task.Delay(TimeSpan.FromSeconds(seconds), Options.Clock, cancel.Token);
        if (await Task.WhenAny(call, timer).ConfigureAwait(false) == call)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            return await call.ConfigureAwait(false);
        }

        await cancel.CancelAsync().ConfigureAwait(false);
        return TaskOutcome.Failed(StatesErrorNames.Timeout, null);
    }

    /// <summary>Waits for SendTaskSuccess/Failure; TimeoutSeconds and HeartbeatSeconds run on the engine clock.</summary>
    private async Task<TaskOutcome> WaitForTokenAsync(string token, int? timeoutSeconds, int? heartbeatSeconds)
    {
        var wait = _execution.WaitForToken(token);
        var deadline = timeoutSeconds is { } t ? Options.Clock.GetUtcNow().AddSeconds(t) : DateTimeOffset.MaxValue;
        while (true)
        {
            var now = Options.Clock.GetUtcNow();
            var untilDeadline = deadline - now;
            var slice = heartbeatSeconds is { } h ? TimeSpan.FromSeconds(h) : untilDeadline;
            if (slice > untilDeadline)
            {
                slice = untilDeadline;
            }

            if (deadline == DateTimeOffset.MaxValue && heartbeatSeconds is null)
            {
                var (output, error, cause, failed) = await wait.ConfigureAwait(false);
                return failed ? TaskOutcome.Failed(error, cause) : TaskOutcome.Succeeded(output);
            }

            var beats = _execution.HeartbeatCount(token);
            using var cancel = new CancellationTokenSource();
            var timer = Task.Delay(slice, Options.Clock, cancel.Token);
            if (await Task.WhenAny(wait, timer).ConfigureAwait(false) == wait)
            {
                await cancel.CancelAsync().ConfigureAwait(false);
                var (output, error, cause, failed) = await wait.ConfigureAwait(false);
                return failed ? TaskOutcome.Failed(error, cause) : TaskOutcome.Succeeded(output);
            }

            if (Options.Clock.GetUtcNow() >= deadline)
            {
                _execution.Abandon(token);
                return TaskOutcome.Failed(StatesErrorNames.Timeout, null);
            }

            if (_execution.HeartbeatCount(token) == beats)
            {
                _execution.Abandon(token);
                return TaskOutcome.Failed(StatesErrorNames.HeartbeatTimeout, null);
            }
        }
    }

    private static int? ResolveSeconds(StateScope scope, int? literal, JsonPath? path, string field)
    {
        if (path is null)
        {
            return literal;
        }

        if (!scope.TryResolve(path, out var value) || !JsonValues.TryGetLong(value, out var n) || n <= 0 || n > int.MaxValue)
        {
            throw scope.Runtime("The " + field + " field refers to value \"" + Raw(value) + "\" which is not a valid integer: " + path.Text);
        }

        return (int)n;
    }
}

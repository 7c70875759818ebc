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
        var handler = Options.Handlers.Resolve(task.Resource, out var pattern, out var baseResource, out var problem)
                      ?? throw scope.Runtime(problem ?? "no handler for " + task.Resource);
        var effective = ApplyInputPath(scope, task, input);
        if (pattern == IntegrationPattern.WaitForTaskToken)
        {
            scope.TaskToken = Guid.NewGuid().ToString("N");
            scope.InvalidateContext();
        }

        scope.Current = effective;
        var parameters = task.Parameters is null ? effective : task.Parameters.Evaluate(scope);
        var timeout = ResolveSeconds(scope, task.TimeoutSeconds, task.TimeoutSecondsPath, "TimeoutSecondsPath");
        var heartbeat = ResolveSeconds(scope, task.HeartbeatSeconds, task.HeartbeatSecondsPath, "HeartbeatSecondsPath");
        var lambdaArn = baseResource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal);
        var prefix = lambdaArn ? "LambdaFunction" : "Task";
        History.Add(prefix + "Scheduled", Now, () => new JsonObject
        {
            ["resource"] = task.Resource,
            ["parameters"] = JsonValues.ToJson(parameters),
        });
        History.Add(prefix + "Started", Now, () => new JsonObject { ["resource"] = task.Resource });
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
        try
        {
            outcome = await handler.InvokeAsync(request, CancellationToken.None).ConfigureAwait(false);
            if (outcome.IsPending)
            {
                if (scope.TaskToken is null)
                {
                    throw scope.Runtime("the handler for " + baseResource + " returned Pending without a task token");
                }

                var (output, error, cause, failed) = await _execution.WaitForToken(scope.TaskToken).ConfigureAwait(false);
                outcome = failed ? TaskOutcome.Failed(error, cause) : TaskOutcome.Succeeded(output);
            }
        }
        catch (TaskFailedException ex)
        {
            outcome = TaskOutcome.Failed(ex.Error, ex.Cause);
        }

        if (outcome.IsFailed)
        {
            History.Add(prefix + "Failed", Now, () => new JsonObject { ["error"] = outcome.Error, ["cause"] = outcome.Cause });
            throw new StatesErrorException(outcome.Error, outcome.Cause);
        }

        History.Add(prefix + "Succeeded", Now, () => new JsonObject { ["output"] = JsonValues.ToJson(outcome.Output) });
        return (FinishResult(task, input, outcome.Output, scope), task.Next);
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

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>JSONata Task and Parallel states: Arguments → work → <c>$states.result</c> → Assign/Output.</summary>
internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteJsonataTaskAsync(TaskState task, JsonNode? input, StateScope scope)
    {
        var handler = Options.Handlers.Resolve(task.Resource, out var pattern, out var baseResource, out var problem)
                      ?? throw scope.Runtime(problem ?? "no handler for " + task.Resource);
        if (pattern == IntegrationPattern.WaitForTaskToken)
        {
            scope.TaskToken = Guid.NewGuid().ToString("N");
            scope.InvalidateContext();
        }

        var evaluator = NewEvaluator(scope, input);
        var def = task.Raw;
        var arguments = def.TryGetPropertyValue("Arguments", out var args) ? evaluator.Template(args, "Arguments") : input;
        var timeout = task.TimeoutSeconds ?? evaluator.PositiveInteger(def["TimeoutSeconds"], "TimeoutSeconds");
        var heartbeat = task.HeartbeatSeconds ?? evaluator.PositiveInteger(def["HeartbeatSeconds"], "HeartbeatSeconds");
        var result = await InvokeTaskAsync(task, handler, pattern, baseResource, arguments, timeout, heartbeat, scope).ConfigureAwait(false);
        evaluator.SetResult(result);
        return FinishJsonata(task, scope, evaluator, result, task.Next);
    }

    private async Task<(JsonNode?, string?)> ExecuteJsonataParallelAsync(ParallelState parallel, JsonNode? input, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        var def = parallel.Raw;
        var branchInput = def.TryGetPropertyValue("Arguments", out var args) ? evaluator.Template(args, "Arguments") : input;
        History.Add("ParallelStateStarted");
        var results = await RunBranchesAsync(parallel, branchInput, scope.Variables).ConfigureAwait(false);
        History.Add("ParallelStateSucceeded");
        evaluator.SetResult(results);
        return FinishJsonata(parallel, scope, evaluator, results, parallel.Next);
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs a Parallel state's branches side by side, as AWS does, with the outputs in branch order. A branch that
    /// completes without waiting is settled before the next one starts, so branches that never wait (or tasks that
    /// answer at once) give exactly the sequential history; once a branch fails no further branch starts, and the
    /// first failure fails the state after the running branches end (AWS aborts them; a local handler cannot be).
    /// </summary>
    private async Task<JsonArray> RunBranchesAsync(ParallelState parallel, JsonNode? branchInput, VariableScope variables)
    {
        var branches = parallel.Branches;
        var outputs = new JsonNode?[branches.Count];
        var running = new List<(int Index, Task<JsonNode?> Run)>();
        StatesErrorException? failure = null;
        for (var i = 0; i < branches.Count && failure is null; i++)
        {
            var run = RunGraphAsync(branches[i], branchInput?.DeepClone(), new VariableScope(variables), null);
            if (!run.IsCompleted)
            {
                running.Add((i, run.AsTask()));
                continue;
            }

            try
            {
                outputs[i] = run.GetAwaiter().GetResult();
            }
            catch (StatesErrorException ex)
            {
                failure = ex;
            }
        }

        while (running.Count > 0)
        {
            var done = await Task.WhenAny(running.Select(r => r.Run)).ConfigureAwait(false);
            var index = running.FindIndex(r => r.Run == done);
            var (branch, _) = running[index];
            running.RemoveAt(index);
            try
            {
                outputs[branch] = await done.ConfigureAwait(false);
            }
            catch (StatesErrorException ex)
            {
                failure ??= ex;
            }
        }

        if (failure is not null)
        {
            History.Add("ParallelStateFailed", () => new JsonObject { ["error"] = failure.Error, ["cause"] = failure.Cause });
            throw failure;
        }

        return new JsonArray(outputs);
    }
}

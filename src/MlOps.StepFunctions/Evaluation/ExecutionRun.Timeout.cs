using System.Text.Json.Nodes;

using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>The machine's top-level TimeoutSeconds: checked at every transition and raced against long-running states.</summary>
internal sealed partial class ExecutionRun
{
    /// <summary>Elapsed execution time as AWS would count it: the clock plus what Wait and retries advanced virtually.</summary>
    private TimeSpan Elapsed => Now - _startTime;

    private void ThrowIfMachineTimedOut()
    {
        if (_machine.TimeoutSeconds is { } limit && Elapsed >= TimeSpan.FromSeconds(limit))
        {
            throw new ExecutionTimedOutException(limit);
        }
    }

    /// <summary>Ends the run when the limit passes on the clock while a state is still working (a task, a real-time Wait).</summary>
    private async Task<JsonNode?> WithinMachineTimeoutAsync(ValueTask<JsonNode?> run)
    {
        if (_machine.TimeoutSeconds is not { } limit || run.IsCompleted)
        {
            return await run.ConfigureAwait(false);
        }

        var graph = run.AsTask();
        using var cancel = new CancellationTokenSource();
        var remaining = TimeSpan.FromSeconds(limit) - Elapsed;
        var timer = Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Options.Clock, cancel.Token);
        if (await Task.WhenAny(graph, timer).ConfigureAwait(false) == graph)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            return await graph.ConfigureAwait(false);
        }

        // The states still running are abandoned, as AWS stops an execution at its timeout.
        throw new ExecutionTimedOutException(limit);
    }
}

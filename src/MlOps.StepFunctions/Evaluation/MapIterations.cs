using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>One Map iteration's result: its output (or error object) and the failure, if it failed.</summary>
internal sealed record MapIterationOutcome(int Index, JsonNode? Output, StatesErrorException? Failure);

/// <summary>
/// Starts a Map's iterations, at most <see cref="Limit"/> at a time, and applies the tolerated-failure rules as they
/// finish. An iteration that completes without waiting is settled before the next one starts, so a Map whose tasks
/// answer at once behaves exactly like one running its items in order; a failure stops new iterations from starting
/// and fails the Map once the running ones are done (AWS aborts them; a local handler cannot be interrupted).
/// </summary>
internal sealed class MapIterations(ExecutionRun run, int count, int? toleratedCount, double? toleratedPct, int limit)
{
    private readonly bool _tolerant = toleratedCount is > 0 || toleratedPct is > 0;
    private int _failures;
    private StatesErrorException? _stop;

    public int Limit => Math.Max(1, Math.Min(limit, count));

    /// <summary>
    /// Runs every iteration and hands each output to <paramref name="emit"/> in item order as soon as all earlier ones
    /// are done (so finished outputs need not stay alive as nodes), or throws the Map's failure.
    /// </summary>
    public async Task RunAsync(Func<int, JsonNode?> inputOf, Func<int, JsonNode?, Task<MapIterationOutcome>> iterate, Action<JsonNode?> emit)
    {
        var outputs = new Ordered(emit);
        var running = new List<Task<MapIterationOutcome>>(Limit);
        var next = 0;
        while (_stop is null && next < count || running.Count > 0)
        {
            while (_stop is null && next < count && running.Count < Limit)
            {
                var index = next++;
                var started = iterate(index, inputOf(index));
                if (started.IsCompleted)
                {
                    Settle(await started.ConfigureAwait(false), outputs);
                }
                else
                {
                    running.Add(started);
                }
            }

            if (running.Count == 0)
            {
                continue;
            }

            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            Settle(await done.ConfigureAwait(false), outputs);
        }

        if (_stop is not null)
        {
            throw run.MapFailed(_stop);
        }
    }

    private void Settle(MapIterationOutcome outcome, Ordered outputs)
    {
        outputs.Put(outcome.Index, outcome.Output);
        if (outcome.Failure is not { } failure || _stop is not null)
        {
            return;
        }

        _failures++;
        if (!_tolerant)
        {
            _stop = failure;
        }
        else if (ExecutionRun.Exceeded(_failures, count, toleratedCount, toleratedPct))
        {
            _stop = new StatesErrorException(StatesErrorNames.ExceedToleratedFailureThreshold, "The specified tolerated failure threshold was exceeded");
        }
    }

    /// <summary>Releases outputs in index order; ones that finish early wait here until their turn.</summary>
    private sealed class Ordered(Action<JsonNode?> emit)
    {
        private readonly Dictionary<int, JsonNode?> _early = [];
        private int _next;

        public void Put(int index, JsonNode? output)
        {
            if (index != _next)
            {
                _early[index] = output;
                return;
            }

            emit(output);
            _next++;
            while (_early.Remove(_next, out var waiting))
            {
                emit(waiting);
                _next++;
            }
        }
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    [ThreadStatic]
    private static bool t_inSpeculativeWorker;

    /// <summary>
    /// Runs the iterations of a pure item processor on several cores. Pure iterations only read their item and the
    /// variables (concurrent reads of System.Text.Json nodes are safe, lazily built children included), so their
    /// outputs do not depend on order; the event counter ends where the sequential run would have left it. If any
    /// iteration fails, everything is discarded and the caller runs the Map one iteration after another, so errors,
    /// causes and event ids are exactly those of the sequential run.
    /// </summary>
    private JsonArray? TryRunSpeculatively(MapState map, JsonArray items, VariableScope outer, ExecutionRun childRun, int workers)
    {
        if (t_inSpeculativeWorker || History.Keeps || workers < 2 || items.Count < MapPlan.MinItemsForSpeculation
            || !MapPlan.IsPure(map.Processor))
        {
            return null;
        }

        var startCount = History.Count;
        const int ChunkSize = 512;
        var parts = new List<JsonNode?>[(items.Count + ChunkSize - 1) / ChunkSize];
        var failed = 0;
        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = workers }, (chunk, loop) =>
        {
            if (Volatile.Read(ref failed) != 0)
            {
                loop.Stop();
                return;
            }

            t_inSpeculativeWorker = true;
            try
            {
                parts[chunk] = RunChunk(map, items, outer, childRun, chunk * ChunkSize, Math.Min(items.Count, (chunk + 1) * ChunkSize));
            }
            catch (Exception)
            {
                // Not swallowed: the sequential re-run that follows raises the same failure in its proper place.
                Interlocked.Exchange(ref failed, 1);
                loop.Stop();
            }
            finally
            {
                t_inSpeculativeWorker = false;
            }
        });

        if (failed != 0)
        {
            History.RewindTo(startCount);
            return null;
        }

        return CompactResults.Join(parts, items.Count);
    }

    private List<JsonNode?> RunChunk(MapState map, JsonArray items, VariableScope outer, ExecutionRun childRun, int start, int end)
    {
        using var results = new CompactResults();
        childRun.History.BeginDeferredCount();
        try
        {
            // Iterations here run one after another, so each can reuse the previous one's scope.
            var first = map.Processor.States[map.Processor.StartAt];
            var scope = new StateScope(childRun, first, 0, 0, outer, null);
            for (var i = start; i < end; i++)
            {
                var variables = map.Distributed ? new VariableScope(null) : new VariableScope(outer);
                var output = childRun.RunPureGraph(map.Processor, items[i]?.DeepClone(), variables, scope);
                results.Add(output);
            }
        }
        finally
        {
            childRun.History.EndDeferredCount();
        }

        // MapIterationStarted and MapIterationSucceeded of each item, counted at once.
        History.Advance(2 * (end - start));
        return results.TakeNodes();
    }
}

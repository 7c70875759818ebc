using System.Globalization;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteMapAsync(MapState map, JsonNode? input, StateScope scope)
    {
        var effective = ApplyInputPath(scope, map, input);
        scope.Current = effective;
        var maxConcurrency = ResolveMaxConcurrency(map, scope);
        var (toleratedCount, toleratedPct) = ResolveTolerance(map, scope);
        JsonArray items;
        if (map.ItemReader is not null)
        {
            items = await ReadItemsAsync(map.ItemReader, scope).ConfigureAwait(false);
        }
        else
        {
            scope.Current = effective;
            var value = map.ItemsPath is null ? effective : scope.ResolveStrict(map.ItemsPath);
            items = value as JsonArray
                    ?? throw scope.Runtime("Map state input must be an array but was: " + JsonValues.ToJson(value));
        }

        if (map.ItemBatcher is not null)
        {
            scope.Current = effective;
            items = Batch(map.ItemBatcher, items, scope);
        }

        var result = await RunMapIterationsAsync(map, items, effective, toleratedCount, toleratedPct, scope, null, maxConcurrency).ConfigureAwait(false);
        return (FinishResult(map, input, result, scope), map.Next);
    }

    /// <summary>Runs the iterations (and the ResultWriter); <paramref name="jsonataSelector"/> replaces ItemSelector for JSONata.</summary>
    internal async Task<JsonNode?> RunMapIterationsAsync(MapState map, JsonArray items, JsonNode? effective, int? toleratedCount,
        double? toleratedPct, StateScope scope, Func<int, JsonNode?, JsonNode?>? jsonataSelector, int maxConcurrency)
    {
        History.Add("MapStateStarted", () => new JsonObject { ["length"] = items.Count });
        var childRun = map.Distributed ? ForChildExecution() : this;
        var limit = MapPlan.Limit(maxConcurrency);
        if (jsonataSelector is null && map.ItemSelector is null && map.ResultWriter is null
            && TryRunSpeculatively(map, items, scope.Variables, childRun, Math.Min(limit, Environment.ProcessorCount)) is { } fast)
        {
            History.Add("MapStateSucceeded");
            return fast;
        }

        // Iterations that call tasks run side by side up to the limit, as on AWS; the others gain nothing from it.
        var iterations = new MapIterations(this, items.Count, toleratedCount, toleratedPct,
            MapPlan.HasTasks(map.Processor) ? limit : 1);
        using var results = new CompactResults();
        await iterations.RunAsync(i => IterationInput(map, items, i, effective, scope, jsonataSelector),
            (i, input) => RunIterationAsync(map, childRun, scope.Variables, i, input), results.Add).ConfigureAwait(false);
        History.Add("MapStateSucceeded");
        JsonNode? result = results.ToArray();
        if (map.ResultWriter is not null)
        {
            scope.Current = effective;
            result = await WriteResultsAsync(map, (JsonArray)result, scope).ConfigureAwait(false);
        }

        return result;
    }

    private JsonNode? IterationInput(MapState map, JsonArray items, int i, JsonNode? effective, StateScope scope,
        Func<int, JsonNode?, JsonNode?>? jsonataSelector)
    {
        var item = items[i];
        if (jsonataSelector is not null)
        {
            return jsonataSelector(i, item);
        }

        if (map.ItemSelector is null)
        {
            return item?.DeepClone();
        }

        var mapItem = new JsonObject { ["Index"] = i, ["Value"] = item?.DeepClone() };
        var selectorScope = new StateScope(this, map, scope.EnteredEventId, scope.EnteredVirtualTicks, scope.Variables, mapItem)
        {
            Current = effective,
        };
        return map.ItemSelector.Evaluate(selectorScope);
    }

    /// <summary>One iteration with its events; its failure is returned, not thrown, so the caller applies the tolerance.</summary>
    private async Task<MapIterationOutcome> RunIterationAsync(MapState map, ExecutionRun childRun, VariableScope outer, int index, JsonNode? input)
    {
        if (History.Keeps)
        {
            RecordIterationEvent("MapIterationStarted", map.Name, index);
        }
        else
        {
            History.Add("MapIterationStarted");
        }

        try
        {
            var variables = map.Distributed ? new VariableScope(null) : new VariableScope(outer);
            var output = await childRun.RunGraphAsync(map.Processor, input, variables, null).ConfigureAwait(false);
            if (History.Keeps)
            {
                RecordIterationEvent("MapIterationSucceeded", map.Name, index);
            }
            else
            {
                History.Add("MapIterationSucceeded");
            }

            return new MapIterationOutcome(index, map.ResultWriter is null ? output : WrapChild(input, output, null), null);
        }
        catch (StatesErrorException ex)
        {
            RecordIterationEvent("MapIterationFailed", map.Name, index);
            var failed = map.ResultWriter is null ? new JsonObject { ["Error"] = ex.Error, ["Cause"] = ex.Cause } : WrapChild(input, null, ex);
            return new MapIterationOutcome(index, failed, ex);
        }
    }

    /// <summary>Records the Map's failure and returns what to throw.</summary>
    internal StatesErrorException MapFailed(StatesErrorException ex)
    {
        History.Add("MapStateFailed", () => new JsonObject { ["error"] = ex.Error, ["cause"] = ex.Cause });
        return ex;
    }

    internal static bool Exceeded(int failures, int total, int? count, double? pct)
    {
        var byCount = count is { } c && failures > c;
        var byPct = pct is { } p && total > 0 && failures * 100.0 / total > p;
        return (count is null || byCount) && (pct is null || byPct);
    }

    private JsonObject WrapChild(JsonNode? input, JsonNode? output, StatesErrorException? failure)
    {
        var name = Guid.NewGuid().ToString();
        var now = Iso(Now);
        var o = new JsonObject
        {
            ["ExecutionArn"] = _execution.Arn + "/" + name,
            ["Input"] = JsonValues.ToJson(input),
            ["InputDetails"] = new JsonObject { ["Included"] = true },
            ["Name"] = name,
            ["StartDate"] = now,
            ["StateMachineArn"] = _machine.Arn,
            ["Status"] = failure is null ? "SUCCEEDED" : "FAILED",
            ["StopDate"] = now,
        };
        if (failure is null)
        {
            o["Output"] = JsonValues.ToJson(output);
            o["OutputDetails"] = new JsonObject { ["Included"] = true };
        }
        else
        {
            o["Error"] = failure.Error;
            o["Cause"] = failure.Cause;
        }

        return o;
    }

    private static JsonArray Batch(ItemBatcherConfig batcher, JsonArray items, StateScope scope)
    {
        var maxItems = batcher.MaxItemsPerBatch ?? int.MaxValue;
        if (batcher.MaxItemsPerBatchPath is { } mp)
        {
            scope.TryResolve(mp, out var v);
            maxItems = ResolveInt(scope, v, "MaxItemsPerBatchPath", mp.Text);
        }

        var maxBytes = batcher.MaxInputBytesPerBatch ?? 256 * 1024;
        if (batcher.MaxInputBytesPerBatchPath is { } bp)
        {
            scope.TryResolve(bp, out var v);
            maxBytes = ResolveInt(scope, v, "MaxInputBytesPerBatchPath", bp.Text);
        }

        var batchInput = batcher.BatchInput?.Evaluate(scope);
        var batches = new JsonArray();
        JsonArray? current = null;
        var bytes = 0;
        foreach (var item in items)
        {
            var size = JsonValues.Utf8Size(item) + 1;
            if (current is null || current.Count >= maxItems || (current.Count > 0 && bytes + size > maxBytes))
            {
                current = [];
                var batch = new JsonObject();
                if (batchInput is not null)
                {
                    batch["BatchInput"] = batchInput.DeepClone();
                }

                batch["Items"] = current;
                batches.Add(batch);
                bytes = 0;
            }

            current.Add(item?.DeepClone());
            bytes += size;
        }

        return batches;
    }

    private static string Str(long n) => n.ToString(CultureInfo.InvariantCulture);
}

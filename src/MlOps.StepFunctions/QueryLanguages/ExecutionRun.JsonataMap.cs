using System.Text.Json.Nodes;
using MlOps.StepFunctions.Choice;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;
using MlOps.StepFunctions.Paths;
using MlOps.StepFunctions.QueryLanguages;

namespace MlOps.StepFunctions.Evaluation;

/// <summary>JSONata Map and Wait states.</summary>
internal sealed partial class ExecutionRun
{
    private async Task<(JsonNode?, string?)> ExecuteJsonataMapAsync(MapState map, JsonNode? input, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        var def = map.Raw;
        var maxConcurrency = evaluator.Integer(def["MaxConcurrency"], "MaxConcurrency", 0);
        var toleratedCount = map.ToleratedFailureCount ?? evaluator.Integer(def["ToleratedFailureCount"], "ToleratedFailureCount", 0);
        var toleratedPct = map.ToleratedFailurePercentage ?? evaluator.Percentage(def["ToleratedFailurePercentage"], "ToleratedFailurePercentage");
        JsonArray items;
        if (map.ItemReader is not null)
        {
            var reader = map.ItemReader;
            if (def["ItemReader"] is JsonObject readerDef)
            {
                var args = readerDef.TryGetPropertyValue("Arguments", out var a) ? evaluator.Template(a, "ItemReader/Arguments") : null;
                var maxItems = reader.MaxItems ?? evaluator.Integer(readerDef["ReaderConfig"]?["MaxItems"], "ItemReader/ReaderConfig/MaxItems", 0);
                reader = reader with { Parameters = args is null ? null : new LiteralTemplate(args), MaxItems = maxItems };
            }

            items = await ReadItemsAsync(reader, scope).ConfigureAwait(false);
        }
        else if (def.TryGetPropertyValue("Items", out var itemsNode))
        {
            if (JsonataExpressions.TryGetText(itemsNode, out var text))
            {
                var value = evaluator.Value(text, "Items");
                items = value as JsonArray ?? throw evaluator.TypeMismatch(text, "Items", "array", value);
            }
            else
            {
                var value = evaluator.Template(itemsNode, "Items");
                items = value as JsonArray ?? throw evaluator.Failure("Map state input must be an array but was: " + JsonValues.ToJson(value));
            }
        }
        else
        {
            items = input?.DeepClone() as JsonArray
                    ?? throw evaluator.Failure("Map state input must be an array but was: " + JsonValues.ToJson(input));
        }

        if (map.ItemBatcher is { } batcher && def["ItemBatcher"] is JsonObject batcherDef)
        {
            var batchInput = batcherDef.TryGetPropertyValue("BatchInput", out var bi) ? evaluator.Template(bi, "ItemBatcher/BatchInput") : null;
            batcher = batcher with
            {
                MaxItemsPerBatch = batcher.MaxItemsPerBatch ?? evaluator.Integer(batcherDef["MaxItemsPerBatch"], "ItemBatcher/MaxItemsPerBatch", 1),
                MaxInputBytesPerBatch = batcher.MaxInputBytesPerBatch
                                        ?? evaluator.Integer(batcherDef["MaxInputBytesPerBatch"], "ItemBatcher/MaxInputBytesPerBatch", 1),
                BatchInput = batchInput is null ? null : new LiteralTemplate(batchInput),
            };
            items = Batch(batcher, items, scope);
        }

        Func<int, JsonNode?, JsonNode?>? selector = null;
        if (def.TryGetPropertyValue("ItemSelector", out var itemSelector))
        {
            selector = (index, item) =>
            {
                var context = (JsonObject)scope.Context.DeepClone();
                context["Map"] = new JsonObject { ["Item"] = new JsonObject { ["Index"] = index, ["Value"] = item?.DeepClone() } };
                return NewEvaluator(scope, input, context).Template(itemSelector, "ItemSelector");
            };
        }

        var result = await RunMapIterationsAsync(map, items, input, toleratedCount, toleratedPct, scope, selector, maxConcurrency ?? 0).ConfigureAwait(false);
        evaluator.SetResult(result);
        return FinishJsonata(map, scope, evaluator, result, map.Next);
    }

    private async Task<(JsonNode?, string?)> ExecuteJsonataWaitAsync(WaitState wait, JsonNode? input, StateScope scope)
    {
        var evaluator = NewEvaluator(scope, input);
        var def = wait.Raw;
        TimeSpan delay;
        if (def.TryGetPropertyValue("Seconds", out var secondsNode))
        {
            delay = TimeSpan.FromSeconds(evaluator.Integer(secondsNode, "Seconds", 0) ?? 0);
        }
        else
        {
            var value = evaluator.Field(def["Timestamp"], "Timestamp");
            if (!JsonValues.TryGetString(value, out var text) || !Timestamps.TryParse(text, out var at))
            {
                throw evaluator.Failure("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                                        + (JsonValues.TryGetString(value, out var s) ? s : JsonValues.ToJson(value)));
            }

            delay = at - Now;
        }

        await DelayAsync(delay).ConfigureAwait(false);
        return FinishJsonata(wait, scope, evaluator, input, wait.Next);
    }
}

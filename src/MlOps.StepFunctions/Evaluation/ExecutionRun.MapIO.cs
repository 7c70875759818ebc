using System.Text;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Errors;
using MlOps.StepFunctions.Json;
using MlOps.StepFunctions.Model;

namespace MlOps.StepFunctions.Evaluation;

internal sealed partial class ExecutionRun
{
    private async Task<JsonArray> ReadItemsAsync(ItemReaderConfig reader, StateScope scope)
    {
        var store = Options.ObjectStore
                    ?? throw scope.Failure(StatesErrorNames.ItemReaderFailed, "No object store is configured for ItemReader");
        var parameters = reader.Parameters?.Evaluate(scope) as JsonObject ?? [];
        var bucket = JsonValues.TryGetString(parameters["Bucket"], out var b) ? b : "";
        var maxItems = reader.MaxItems ?? int.MaxValue;
        if (reader.MaxItemsPath is { } mp)
        {
            scope.TryResolve(mp, out var v);
            maxItems = ResolveInt(scope, v, "MaxItemsPath", mp.Text);
        }

        if (maxItems == 0)
        {
            maxItems = int.MaxValue;
        }

        var items = new JsonArray();
        try
        {
            if (reader.Resource.Contains("listObjectsV2", StringComparison.Ordinal))
            {
                var prefix = JsonValues.TryGetString(parameters["Prefix"], out var pfx) ? pfx : null;
                foreach (var o in await store.ListObjectsV2Async(bucket, prefix, CancellationToken.None).ConfigureAwait(false))
                {
                    items.Add(new JsonObject
                    {
                        ["Etag"] = o.ETag,
                        ["Key"] = o.Key,
                        ["LastModified"] = o.LastModified.ToUnixTimeSeconds(),
                        ["Size"] = o.Size,
                        ["StorageClass"] = o.StorageClass,
                    });
                }
            }
            else
            {
                var key = JsonValues.TryGetString(parameters["Key"], out var k) ? k : "";
                var bytes = await store.GetObjectAsync(bucket, key, CancellationToken.None).ConfigureAwait(false);
                var text = Encoding.UTF8.GetString(bytes);
                switch (reader.InputType)
                {
                    case "JSON":
                        items = JsonNode.Parse(text) as JsonArray
                                ?? throw new FormatException("the JSON object is not an array");
                        break;
                    case "JSONL":
                        foreach (var line in text.Split('\n'))
                        {
                            if (line.Trim().Length > 0)
                            {
                                items.Add(JsonNode.Parse(line));
                            }
                        }

                        break;
                    case "CSV":
                        items = CsvItems.Parse(text, reader.CsvHeaderLocation != "GIVEN" ? null : reader.CsvHeaders,
                            reader.CsvDelimiter switch { "SEMICOLON" => ';', "TAB" => '\t', "PIPE" => '|', "SPACE" => ' ', _ => ',' });
                        break;
                    default:
                        throw new FormatException("InputType " + reader.InputType + " is not supported by this engine");
                }
            }
        }
        catch (Exception ex) when (ex is KeyNotFoundException or FormatException or System.Text.Json.JsonException)
        {
            throw scope.Failure(StatesErrorNames.ItemReaderFailed, ex.Message);
        }

        while (items.Count > maxItems)
        {
            items.RemoveAt(items.Count - 1);
        }

        return items;
    }

    private async Task<JsonNode?> WriteResultsAsync(MapState map, JsonArray children, StateScope scope)
    {
        var writer = map.ResultWriter!;
        JsonNode Transform()
        {
            switch (writer.Transformation)
            {
                case "COMPACT":
                case "FLATTEN":
                    var outputs = new JsonArray();
                    foreach (var child in children.OfType<JsonObject>())
                    {
                        var output = child["Output"] is { } o && JsonValues.TryGetString(o, out var s) ? JsonNode.Parse(s) : null;
                        if (writer.Transformation == "FLATTEN" && output is JsonArray inner)
                        {
                            foreach (var x in inner)
                            {
                                outputs.Add(x?.DeepClone());
                            }
                        }
                        else
                        {
                            outputs.Add(output);
                        }
                    }

                    return outputs;
                default:
                    return children;
            }
        }

        var transformed = Transform();
        if (writer.Resource is null)
        {
            return transformed;
        }

        var store = Options.ObjectStore
                    ?? throw scope.Failure(StatesErrorNames.ResultWriterFailed, "No object store is configured for ResultWriter");
        var parameters = writer.Parameters?.Evaluate(scope) as JsonObject ?? [];
        var bucket = JsonValues.TryGetString(parameters["Bucket"], out var b) ? b : "";
        var prefix = JsonValues.TryGetString(parameters["Prefix"], out var p) ? p.TrimEnd('/') + "/" : "";
        var runId = Guid.NewGuid().ToString();
        var mapRunArn = _machine.Arn.Replace(":stateMachine:", ":mapRun:", StringComparison.Ordinal) + "/" + map.Label + ":" + runId;
        var extension = writer.OutputType == "JSONL" ? "jsonl" : "json";
        var body = writer.OutputType == "JSONL" && transformed is JsonArray arr
            ? string.Join('\n', arr.Select(JsonValues.ToJson))
            : JsonValues.ToJson(transformed);
        var resultsKey = prefix + runId + "/SUCCEEDED_0." + extension;
        var manifestKey = prefix + runId + "/manifest.json";
        try
        {
            await store.PutObjectAsync(bucket, resultsKey, Encoding.UTF8.GetBytes(body), CancellationToken.None).ConfigureAwait(false);
            var manifest = new JsonObject
            {
                ["DestinationBucket"] = bucket,
                ["MapRunArn"] = mapRunArn,
                ["ResultFiles"] = new JsonObject
                {
                    ["SUCCEEDED"] = new JsonArray(new JsonObject { ["Key"] = resultsKey, ["Size"] = Encoding.UTF8.GetByteCount(body) }),
                    ["FAILED"] = new JsonArray(),
                    ["PENDING"] = new JsonArray(),
                },
            };
            await store.PutObjectAsync(bucket, manifestKey, Encoding.UTF8.GetBytes(JsonValues.ToJson(manifest)), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or KeyNotFoundException or InvalidOperationException)
        {
            throw scope.Failure(StatesErrorNames.ResultWriterFailed, ex.Message);
        }

        return new JsonObject
        {
            ["MapRunArn"] = mapRunArn,
            ["ResultWriterDetails"] = new JsonObject { ["Bucket"] = bucket, ["Key"] = manifestKey },
        };
    }
}

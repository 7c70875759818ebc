using System.Buffers;
using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Functions.Predict;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;

namespace MlOps.Functions.BatchPredict;

/// <summary>
/// BatchPredict: one Distributed Map batch <c>{"BatchInput": {modelVersion?, idField?}, "Items": [rows as objects]}</c>
/// → <c>{modelName, modelVersion, count, failed, predictions:[{index, id?, probability, label} | {index, id?, errors, moreErrors?}]}</c>.
/// A row that breaks the contract fails alone (its first reasons are in its entry); the batch still succeeds. Rows from
/// a CSV ItemReader arrive as strings; numeric features are typed first (<see cref="CsvItemTyping"/>).
/// </summary>
internal sealed class BatchPredictFunction(FunctionServices services, ModelLoader models)
{
    private const int MaxReasonsPerRow = 3;

    /// <summary>The raw handler.</summary>
    public async Task<byte[]> HandleAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            throw new InvalidEventException("The batch is not JSON: " + ex.Message, ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidEventException("The batch must be {\"BatchInput\": {...}, \"Items\": [...]} (Items missing or not an array).");
            }

            var batchInput = root.TryGetProperty("BatchInput", out var bi) && bi.ValueKind == JsonValueKind.Object ? bi : default;
            var idField = batchInput.ValueKind == JsonValueKind.Object && batchInput.TryGetProperty("idField", out var f) ? f.GetString() : null;
            var registry = new ModelRegistry(services.DataStore(null), services.ModelName ?? FunctionServices.DefaultModelName, services.Time);
            var model = batchInput.ValueKind == JsonValueKind.Object && batchInput.TryGetProperty("modelVersion", out var v) && v.ValueKind == JsonValueKind.Number
                ? await models.VersionAsync(registry, v.GetInt32(), cancellationToken)
                : await models.AliasAsync(registry, ModelRegistry.Production, cancellationToken)
                    ?? throw new ModelVersionNotFoundException($"Model {registry.ModelName} has no production version to score the batch with.");
            var rows = CsvItemTyping.Apply(items.EnumerateArray().ToList(), model);
            var (problems, probabilities) = InstanceScorer.Score(model, rows);
            var byRow = problems.ToLookup(p => p.Instance);
            context?.Logger.LogInformation($"batch of {rows.Count} scored with {registry.ModelName} v{model.Version}; {byRow.Count} row(s) refused");
            var output = new ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(output))
            {
                w.WriteStartObject();
                w.WriteString("modelName", model.Name);
                w.WriteNumber("modelVersion", model.Version);
                w.WriteString("artifactSha256", model.Sha256);
                w.WriteNumber("count", rows.Count);
                w.WriteNumber("failed", byRow.Count);
                w.WriteStartArray("predictions");
                for (var i = 0; i < rows.Count; i++)
                {
                    w.WriteStartObject();
                    w.WriteNumber("index", i);
                    if (idField is not null && rows[i].ValueKind == JsonValueKind.Object && rows[i].TryGetProperty(idField, out var id))
                    {
                        w.WritePropertyName("id");
                        id.WriteTo(w);
                    }

                    if (byRow.Contains(i))
                    {
                        // A few reasons per row are enough to act on; all of them for 1,000 broken rows would pass
                        // the 256 KB a Step Functions state may return.
                        var reasons = byRow[i].ToList();
                        w.WriteStartArray("errors");
                        foreach (var p in reasons.Take(MaxReasonsPerRow))
                        {
                            w.WriteStartObject();
                            w.WriteString("field", p.Field);
                            w.WriteString("reason", p.Reason);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        if (reasons.Count > MaxReasonsPerRow)
                        {
                            w.WriteNumber("moreErrors", reasons.Count - MaxReasonsPerRow);
                        }
                    }
                    else
                    {
                        w.WriteNumber("probability", Math.Round(probabilities[i], 6));
                        w.WriteString("label", InstanceScorer.Label(model, probabilities[i]));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            return output.WrittenSpan.ToArray();
        }
    }
}

using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Functions.Predict;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Drift;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Registry;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.DriftCheck;

/// <summary>
/// DriftCheck: compares the logged inference inputs of the production model (<c>inference-logs/&lt;model&gt;/</c>) with
/// the profile of the data it was trained on (PSI per feature, KS for numerics), writes the report to
/// <c>drift/&lt;runId&gt;/report.json</c> and fills <c>drift</c> with the decision.
/// </summary>
internal sealed class DriftCheckFunction(FunctionServices services, ModelLoader models)
{
    /// <summary>Most logged records read per check (the newest days first).</summary>
    public const int MaxRecords = 50_000;

    /// <summary>Checks drift for the envelope's model.</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        var registry = RegistryAccess.Open(services, envelope);
        var store = registry.Store;
        var alias = await registry.GetAliasAsync(ModelRegistry.Production, cancellationToken)
            ?? throw new ModelVersionNotFoundException($"Model {registry.ModelName} has no production version to check drift for.");
        var version = await registry.GetReadyVersionAsync(alias.Version, cancellationToken);
        var model = await models.VersionAsync(registry, alias.Version, cancellationToken);
        var profileKey = version.Lineage.DatasetSha256 is { Length: > 0 } sha ? $"profiles/{sha}.json"
            : envelope.Dataset?.ProfileUri is { } uri ? ObjectUri.Parse(uri, store.BucketName).Key
            : throw new ObjectNotFoundException($"{registry.ModelName} v{alias.Version} records no training dataset, so there is no drift baseline.");
        var profile = (await store.GetJsonAsync(profileKey, MlFunctionsJsonContext.Default.DatasetProfile, cancellationToken))?.Value
            ?? throw new ObjectNotFoundException($"s3://{store.BucketName}/{profileKey} (the drift baseline) does not exist.");

        var records = await ReadLogsAsync(store, registry.ModelName, cancellationToken);
        var features = model.Artifact.Serving?.Features ?? [.. config.Features.Numeric, .. config.Features.Categorical];
        var thresholds = new DriftThresholds(config.Thresholds.MaxPsi, config.Thresholds.MaxKs);
        var report = DriftDetector.Detect(profile, features, records, thresholds);
        var reportKey = $"drift/{run.RunId}/report.json";
        await store.PutJsonAsync(reportKey, report, MlFunctionsJsonContext.Default.DriftReport, cancellationToken: cancellationToken);
        context?.Logger.LogInformation($"drift check of {registry.ModelName} v{alias.Version} over {records.Count} records: {report.Decision}");
        var json = MlFunctionsJsonContext.Default;
        return envelope with
        {
            Drift = new DriftSection
            {
                Detected = report.Detected,
                Features = JsonSerializer.SerializeToElement(report.Features, json.IReadOnlyListFeatureDrift),
                ReportUri = $"s3://{store.BucketName}/{reportKey}",
                Extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
                {
                    ["decision"] = JsonSerializer.SerializeToElement(report.Decision, json.String),
                    ["records"] = JsonSerializer.SerializeToElement(report.Records, json.Int32),
                    ["modelVersion"] = JsonSerializer.SerializeToElement(alias.Version, json.Int32),
                },
            },
        };
    }

    private static async Task<List<JsonElement>> ReadLogsAsync(IObjectStore store, string model, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var item in store.ListAllAsync(InferenceLog.Prefix(model), cancellationToken))
        {
            keys.Add(item.Key);
        }

        var records = new List<JsonElement>();
        foreach (var key in keys.OrderDescending(StringComparer.Ordinal))
        {
            var bytes = await store.ReadAllBytesAsync(key, cancellationToken);
            foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("instance", out var instance))
                {
                    records.Add(instance.Clone());
                }
            }

            if (records.Count >= MaxRecords)
            {
                break;
            }
        }

        return records;
    }
}

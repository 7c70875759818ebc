using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Prepare;

/// <summary>
/// Turns an upload event into the envelope: checks the key, confirms the object exists (ETag, size), derives a
/// deterministic run id, loads the pipeline config (<c>config/pipeline.json</c> in the bucket, else the default).
/// </summary>
internal sealed class PrepareFunction(FunctionServices services)
{
    /// <summary>The SAM handler string.</summary>
    public static readonly string Handler = HandlerNames.Of("Prepare");

    /// <summary>Builds the envelope of a new run.</summary>
    public async Task<PipelineEnvelope> HandleAsync(JsonElement input, ILambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trigger = TriggerEventParser.Parse(input);
        ObjectKey.Validate(trigger.Key);
        var store = services.Stores.ForBucket(trigger.Bucket);
        var head = await store.HeadAsync(trigger.Key, cancellationToken)
            ?? throw new ObjectNotFoundException($"s3://{trigger.Bucket}/{trigger.Key} named by the {trigger.Source} event does not exist.");
        var (config, source) = await PipelineConfigLoader.LoadAsync(store, cancellationToken);
        if (services.ModelName is { } modelName)
        {
            config = config with { ModelName = modelName };
        }

        var etag = trigger.Etag ?? head.ETag;
        var runId = RunIdOf(trigger.Bucket, trigger.Key, etag);
        context.Logger.LogInformation($"Prepare: run {runId} for s3://{trigger.Bucket}/{trigger.Key} (etag {etag}), config from {source}.");
        return new PipelineEnvelope
        {
            Run = new RunSection
            {
                RunId = runId,
                ParentRunId = trigger.ParentRunId,
                Pipeline = "training",
                Trigger = new TriggerInfo
                {
                    Source = trigger.Source,
                    Bucket = trigger.Bucket,
                    Key = trigger.Key,
                    Etag = etag,
                    SizeBytes = trigger.SizeBytes ?? head.Size,
                    EventTime = trigger.EventTime,
                },
                Seed = trigger.Seed ?? config.Seed,
                StartedAt = services.Time.GetUtcNow(),
                CodeVersion = services.CodeVersion,
            },
            Config = config,
        };
    }

    /// <summary><c>run-</c> + the first 20 hex digits of SHA-256(bucket, key, etag): the same upload always gets the same id.</summary>
    internal static string RunIdOf(string bucket, string key, string version)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{bucket}\n{key}\n{version}"));
        return "run-" + Convert.ToHexStringLower(digest)[..20];
    }
}

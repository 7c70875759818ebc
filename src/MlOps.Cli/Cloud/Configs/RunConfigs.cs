using MlOps.Local.Services.Hosting;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;

namespace MlOps.Cli.Cloud.Configs;

/// <summary>
/// The config step of <c>mlops run</c> without <c>--config</c>: reads the bucket's current config, chooses with
/// <see cref="ConfigSelector"/>, and uploads the chosen shipped config to <c>config/pipeline.json</c> when it differs.
/// </summary>
internal static class RunConfigs
{
    /// <summary>Chooses (and uploads when needed) the config for <paramref name="data"/>, named <paramref name="file"/> in messages.</summary>
    public static async Task<ConfigChoice> ChooseAsync(LocalCloud local, string bucket, string file, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(local);
        var (current, source) = await CurrentAsync(local, bucket, cancellationToken);
        var choice = ConfigSelector.Choose(file, CsvHeader.Sniff(data.Span), current, source, ShippedConfigs.All);
        if (choice.Upload is { } upload)
        {
            await local.PutObjectAsync(bucket, PipelineConfigLoader.OverrideKey, upload.Json, cancellationToken);
        }

        return choice;
    }

    /// <summary>What Prepare would load: the bucket's override when present (null when it is not a valid config), else the default.</summary>
    private static async Task<(PipelineConfig? Config, string Source)> CurrentAsync(LocalCloud local, string bucket, CancellationToken cancellationToken)
    {
        if (await local.Buckets.HeadAsync(bucket, PipelineConfigLoader.OverrideKey, cancellationToken) is null)
        {
            return (PipelineConfigLoader.Default, "built-in default config");
        }

        var source = $"s3://{bucket}/{PipelineConfigLoader.OverrideKey}";
        var (content, _) = await local.Buckets.GetAsync(bucket, PipelineConfigLoader.OverrideKey, cancellationToken);
        try
        {
            return (EnvelopeSerializer.ParseConfig(content, source), source);
        }
        catch (MlOpsException)
        {
            return (null, source); // an invalid override fits no file: a shipped config that fits replaces it
        }
    }
}

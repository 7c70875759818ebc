using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Config;

/// <summary>
/// Finds the pipeline config of a bucket: <c>config/pipeline.json</c> when present, else the built-in default
/// (<c>samples/configs/default.json</c>, embedded). Both are validated against the schema's <c>config</c> definition.
/// </summary>
public static class PipelineConfigLoader
{
    /// <summary>Where a bucket may override the default config.</summary>
    public const string OverrideKey = "config/pipeline.json";

    private const string DefaultResource = "MlOps.Pipeline.Config.Shipped.default.json";

    /// <summary>The bucket's config and where it came from (<c>s3://.../config/pipeline.json</c> or <c>built-in default</c>).</summary>
    public static async Task<(PipelineConfig Config, string Source)> LoadAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ObjectContent content;
        try
        {
            content = await store.ReadAsync(OverrideKey, cancellationToken);
        }
        catch (ObjectNotFoundException)
        {
            return (Default, "built-in default");
        }

        var source = $"s3://{store.BucketName}/{OverrideKey}";
        return (EnvelopeSerializer.ParseConfig(content.Bytes, source), source);
    }

    /// <summary>The built-in default config (for the shipped sample data).</summary>
    public static PipelineConfig Default
    {
        get
        {
            using var stream = typeof(PipelineConfigLoader).Assembly.GetManifestResourceStream(DefaultResource)
                ?? throw new InvalidOperationException($"Embedded resource '{DefaultResource}' is missing from the build.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return EnvelopeSerializer.ParseConfig(buffer.ToArray(), "built-in default");
        }
    }
}

using MlOps.Functions.Transform;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Hosting;

/// <summary>Reads what Transform wrote (manifest and Parquet splits) for Train and Evaluate.</summary>
internal static class CuratedData
{
    /// <summary>The manifest of the envelope's curated folder.</summary>
    public static async Task<(IObjectStore Store, CuratedManifest Manifest)> ManifestAsync(IObjectStoreProvider stores, PipelineEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(envelope);
        var run = envelope.RequireRun();
        if (envelope.Dataset?.CuratedUri is not { Length: > 0 } curated)
        {
            throw new EnvelopeInvalidException("$.dataset.curatedUri is required (the envelope has not been through Transform).");
        }

        var uri = ObjectUri.Parse(curated.TrimEnd('/'), envelope.Dataset.Bucket ?? run.Trigger.Bucket);
        var store = stores.ForBucket(uri.Bucket);
        var key = uri.Key.TrimEnd('/') + "/manifest.json";
        var manifest = await store.GetJsonAsync(key, MlFunctionsJsonContext.Default.CuratedManifest, cancellationToken)
            ?? throw new ObjectNotFoundException($"s3://{uri.Bucket}/{key} does not exist (curated data missing or incomplete).");
        return (store, manifest.Value);
    }

    /// <summary>One split as a table.</summary>
    public static async Task<FeatureTable> SplitAsync(IObjectStore store, SplitInfo split, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(split);
        var bytes = await store.ReadAllBytesAsync(split.Key, cancellationToken);
        using var stream = new MemoryStream(bytes);
        return await ParquetTables.ReadAsync(stream, cancellationToken);
    }
}

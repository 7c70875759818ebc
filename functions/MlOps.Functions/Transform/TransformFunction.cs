using MlOps.Functions.Hosting;
using MlOps.Lambda.Runtime.Context;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Transform;

/// <summary>
/// Transform: clean (rows without a label dropped), split (stratified, seeded: train/validation/test), fit the encoding on
/// train (median imputation, one-hot vocabulary), write Parquet under <c>curated/&lt;datasetSha&gt;/&lt;transformHash&gt;/</c>
/// and the manifest last. An existing manifest is a cache hit.
/// </summary>
internal sealed class TransformFunction(IObjectStoreProvider stores)
{
    /// <summary>Curates <c>dataset</c> (filled by Validate).</summary>
    public async Task<PipelineEnvelope> HandleAsync(PipelineEnvelope envelope, ILambdaContext context, CancellationToken cancellationToken)
    {
        var run = envelope.RequireRun();
        var config = envelope.RequireConfig();
        var dataset = envelope.Dataset;
        if (dataset?.Sha256 is not { Length: > 0 } sha || dataset.Key is not { Length: > 0 } key)
        {
            throw new EnvelopeInvalidException("$.dataset.sha256 and $.dataset.key are required (the envelope has not been through Validate).");
        }

        var store = stores.ForBucket(dataset.Bucket ?? run.Trigger.Bucket);
        var contract = ContractMapper.From(config);
        var spec = TransformSpec.Describe(config, contract, run.Seed);
        var hash = TransformSpec.Hash(spec);
        var prefix = $"curated/{sha}/{hash}/";
        var manifestKey = prefix + "manifest.json";
        var existing = await store.GetJsonAsync(manifestKey, MlFunctionsJsonContext.Default.CuratedManifest, cancellationToken);
        string? missReason = null;
        CuratedManifest manifest;
        if (existing is { } found)
        {
            manifest = found.Value;
        }
        else
        {
            missReason = "no manifest under " + prefix;
            manifest = await CurateAsync(store, key, sha, hash, spec, prefix, config, contract, run.Seed, cancellationToken);
            await store.PutJsonAsync(manifestKey, manifest, MlFunctionsJsonContext.Default.CuratedManifest, cancellationToken: cancellationToken);
        }

        context?.Logger.LogInformation($"transform {prefix}: cache {(missReason is null ? "hit" : "miss")}");
        string Uri(string k) => $"s3://{store.BucketName}/{k}";
        return envelope with
        {
            Dataset = dataset with
            {
                CuratedUri = Uri(prefix),
                TransformHash = hash,
                Splits = new SplitUris { Train = Uri(manifest.Train.Key), Validation = Uri(manifest.Validation.Key), Test = Uri(manifest.Test.Key) },
            },
            Cache = new CacheSection { Key = prefix, Hit = missReason is null, MissReason = missReason },
        };
    }

    private static async Task<CuratedManifest> CurateAsync(IObjectStore store, string key, string sha, string hash, string spec, string prefix,
        PipelineConfig config, CsvContract contract, int seed, CancellationToken cancellationToken)
    {
        var features = ContractMapper.Features(config);
        FeatureTable table;
        await using (var stream = await store.OpenReadAsync(key, cancellationToken))
        {
            try
            {
                table = FeatureTableReader.Read(stream, contract, config.Target, features);
            }
            catch (CsvFormatException ex)
            {
                throw new SchemaMismatchException($"s3://{store.BucketName}/{key}: {ex.Message}", ex);
            }
        }

        var (train, validation, test) = StratifiedSplitter.Split(table.Labels, TransformSpec.TestFraction, TransformSpec.ValidationFraction, seed);
        var trainTable = table.Take(train);
        var encoding = FeatureEncoding.Fit(trainTable, features);
        return new CuratedManifest
        {
            DatasetSha256 = sha,
            TransformHash = hash,
            TransformSpec = spec,
            Seed = seed,
            Target = config.Target,
            PositiveLabel = config.PositiveLabel,
            Features = features,
            Encoding = encoding,
            Train = await WriteAsync(store, prefix + "train.parquet", trainTable, cancellationToken),
            Validation = await WriteAsync(store, prefix + "validation.parquet", table.Take(validation), cancellationToken),
            Test = await WriteAsync(store, prefix + "test.parquet", table.Take(test), cancellationToken),
        };
    }

    private static async Task<SplitInfo> WriteAsync(IObjectStore store, string key, FeatureTable table, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await ParquetTables.WriteAsync(table, buffer, cancellationToken);
        buffer.Position = 0;
        await store.PutAsync(key, buffer, cancellationToken: cancellationToken);
        return new SplitInfo(key, table.Count, table.Labels.Count(l => l));
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MlOps.Pipeline.Modeling;

/// <summary>Fits one candidate with a fresh <see cref="MLContext"/>(seed) and saves it as a deterministic artifact.</summary>
internal static class ModelTrainer
{
    /// <summary>The zip entry holding the feature encoding.</summary>
    public const string EncodingEntry = "MlOps/encoding.json";

    /// <summary>The zip entry holding what serving checks requests against.</summary>
    public const string ServingEntry = "MlOps/serving.json";

    /// <summary>Trains on the encoded rows and returns the artifact (model + encoding) with its hash.</summary>
    public static TrainedModel Train(float[][] features, bool[] labels, FeatureEncoding encoding, TrainerSpec spec, int seed, ServingSpec? serving = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(encoding);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(Rows(features, labels), InputSchema(encoding.Length));
        var model = TrainerFactory.Create(ml, spec).Fit(data);
        using var raw = new MemoryStream();
        ml.Model.Save(model, data.Schema, raw);
        var encodingJson = JsonSerializer.SerializeToUtf8Bytes(encoding, MlJsonContext.Default.FeatureEncoding);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [EncodingEntry] = encodingJson };
        if (serving is not null)
        {
            entries[ServingEntry] = JsonSerializer.SerializeToUtf8Bytes(serving, MlJsonContext.Default.ServingSpec);
        }

        var zip = DeterministicZip.Normalize(raw.ToArray(), entries);
        return new TrainedModel(zip, Convert.ToHexStringLower(SHA256.HashData(zip)), ModelArtifact.InMemory(ml, model, encoding, serving));
    }

    /// <summary>Input schema with the vector size fixed.</summary>
    public static SchemaDefinition InputSchema(int length)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }

    private static IEnumerable<FeatureRow> Rows(float[][] features, bool[] labels)
    {
        for (var i = 0; i < features.Length; i++)
        {
            yield return new FeatureRow { Features = features[i], Label = labels[i] };
        }
    }
}

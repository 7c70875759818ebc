using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MlOps.Pipeline.Modeling;

/// <summary>A loaded model artifact: the ML.NET transformer and the feature encoding it was trained with.</summary>
internal sealed class ModelArtifact
{
    private ModelArtifact(MLContext ml, ITransformer model, FeatureEncoding encoding, ServingSpec? serving)
    {
        Serving = serving;
        Context = ml;
        Model = model;
        Encoding = encoding;
    }

    public MLContext Context { get; }

    public ITransformer Model { get; }

    public FeatureEncoding Encoding { get; }

    /// <summary>Features, contract and labels the model was trained with (null for artifacts without it).</summary>
    public ServingSpec? Serving { get; }

    /// <summary>Loads an artifact written by <see cref="ModelTrainer"/>; a zip without the encoding entry is rejected.</summary>
    public static ModelArtifact Load(byte[] zip)
    {
        var encodingJson = DeterministicZip.ReadEntry(zip, ModelTrainer.EncodingEntry)
            ?? throw new InvalidDataException($"the model artifact has no '{ModelTrainer.EncodingEntry}' entry");
        var encoding = JsonSerializer.Deserialize(encodingJson, MlJsonContext.Default.FeatureEncoding)
            ?? throw new InvalidDataException("the model artifact's encoding is null");
        var servingJson = DeterministicZip.ReadEntry(zip, ModelTrainer.ServingEntry);
        var serving = servingJson is null ? null : JsonSerializer.Deserialize(servingJson, MlJsonContext.Default.ServingSpec);
        var ml = new MLContext(0);
        using var stream = new MemoryStream(zip);
        var model = ml.Model.Load(stream, out _);
        return new ModelArtifact(ml, model, encoding, serving);
    }

    /// <summary>The artifact of a model just fitted by <see cref="ModelTrainer"/>, without a save/load round trip.</summary>
    internal static ModelArtifact InMemory(MLContext ml, ITransformer model, FeatureEncoding encoding, ServingSpec? serving) =>
        new(ml, model, encoding, serving);

    /// <summary>Probabilities of the positive class for encoded rows (batch path).</summary>
    public float[] Score(float[][] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var rows = features.Select(f => new FeatureRow { Features = f });
        var data = Context.Data.LoadFromEnumerable(rows, ModelTrainer.InputSchema(Encoding.Length));
        var scored = Model.Transform(data);
        return scored.GetColumn<float>(nameof(ScoreRow.Probability)).ToArray();
    }

    /// <summary>A single-thread prediction engine (not thread-safe: one per thread or per pool slot).</summary>
    public PredictionEngine<FeatureRow, ScoreRow> CreateEngine() =>
        Context.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(Model, inputSchemaDefinition: ModelTrainer.InputSchema(Encoding.Length));
}

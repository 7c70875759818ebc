using System.Text.Json;
using Microsoft.ML;
using MlOps.Pipeline.Modeling;

namespace MlOps.Pipeline.Serving;

/// <summary>
/// Raw JSON record → probability on one thread: encodes into a reused vector and calls a reused
/// <see cref="PredictionEngine{TSrc,TDst}"/> (not thread-safe: one scorer per thread).
/// </summary>
internal sealed class FastScorer : IDisposable
{
    private readonly FeatureEncoding _encoding;
    private readonly PredictionEngine<FeatureRow, ScoreRow> _engine;
    private readonly FeatureRow _row;
    private ScoreRow _score = new();

    public FastScorer(ModelArtifact artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        _encoding = artifact.Encoding;
        _engine = artifact.CreateEngine();
        _row = new FeatureRow { Features = new float[_encoding.Length] };
    }

    /// <summary>Probability of the positive class for one raw record.</summary>
    public float Score(JsonElement record)
    {
        _encoding.Encode(record, _row.Features);
        _engine.Predict(_row, ref _score);
        return _score.Probability;
    }

    public void Dispose() => _engine.Dispose();
}

using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Serving;

namespace MlOps.Functions.Predict;

/// <summary>A registry version loaded for scoring, after its SHA-256 was verified, with its pool of scorers.</summary>
internal sealed record LoadedModel(string Name, int Version, string Sha256, ModelArtifact Artifact)
{
    /// <summary>Scorers for this version (one per concurrent request).</summary>
    public ScorerPool Scorers { get; } = new(Artifact);

    /// <summary>Checks requests against the contract the model was trained under (null for artifacts without one).</summary>
    public RecordValidator? Validator { get; } = Artifact.Serving is { } serving ? new RecordValidator(serving.Contract, serving.Features) : null;
}

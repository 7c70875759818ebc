using MlOps.Pipeline.Modeling;

namespace MlOps.Functions.Predict;

/// <summary>A registry version loaded for scoring, after its SHA-256 was verified.</summary>
internal sealed record LoadedModel(string Name, int Version, string Sha256, ModelArtifact Artifact);

namespace MlOps.Pipeline.Modeling;

/// <summary>
/// A saved model: the deterministic zip, its SHA-256 (lowercase hex), and the fitted model still in memory, which scores
/// exactly as the zip does once loaded (so Train need not re-load the bytes it just wrote).
/// </summary>
internal sealed record TrainedModel(byte[] Zip, string Sha256, ModelArtifact Artifact);

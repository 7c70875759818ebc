namespace MlOps.Pipeline.Modeling;

/// <summary>A saved model: the deterministic zip and its SHA-256 (lowercase hex).</summary>
internal sealed record TrainedModel(byte[] Zip, string Sha256);

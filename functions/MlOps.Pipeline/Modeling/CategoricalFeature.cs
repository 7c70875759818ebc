namespace MlOps.Pipeline.Modeling;

/// <summary>A categorical feature: one-hot over the training split's categories (unknown or missing = all zeros).</summary>
internal sealed record CategoricalFeature(string Name, IReadOnlyList<string> Categories);

namespace MlOps.Pipeline.Modeling;

/// <summary>A numeric feature: one float slot; missing values take the training median.</summary>
internal sealed record NumericFeature(string Name, float Impute);

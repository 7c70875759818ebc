namespace MlOps.Pipeline.Drift;

/// <summary>Drift of one feature: PSI (all features), KS statistic and p-value (numerics), and the verdict.</summary>
internal sealed record FeatureDrift(string Name, string Kind, int Observed, double Psi, double? Ks, double? KsPValue, bool Drifted);

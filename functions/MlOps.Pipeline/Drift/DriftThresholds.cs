namespace MlOps.Pipeline.Drift;

/// <summary>When a feature counts as drifted: PSI above <see cref="Psi"/>, or KS D above <see cref="KsStatistic"/> with p below <see cref="KsPValue"/>.</summary>
internal sealed record DriftThresholds(double Psi = 0.2, double KsStatistic = 0.1, double KsPValue = 0.01, int MinRecords = 50);

namespace MlOps.Pipeline.Evaluation;

/// <summary>Paired bootstrap of the ROC AUC difference (challenger − champion) on one test split.</summary>
internal sealed record BootstrapResult(double Difference, double Lower, double Upper, int Resamples, double Confidence, int Seed);

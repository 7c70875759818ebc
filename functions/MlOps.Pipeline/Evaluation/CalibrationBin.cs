namespace MlOps.Pipeline.Evaluation;

/// <summary>One reliability bin: predicted-probability range, rows, mean prediction and observed positive rate.</summary>
internal sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanPredicted, double ObservedRate);

namespace MlOps.Pipeline.Evaluation;

/// <summary>Metrics of the rows sharing one value of the slice column.</summary>
internal sealed record SliceMetrics(string Value, int Count, int Positives, double? RocAuc, double Accuracy, double MeanPredicted);

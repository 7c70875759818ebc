namespace MlOps.Pipeline.Evaluation;

/// <summary>Test-split metrics of a binary classifier.</summary>
internal sealed record BinaryMetrics
{
    public int Count { get; init; }

    public int Positives { get; init; }

    public double RocAuc { get; init; }

    /// <summary>Area under the precision-recall curve (average precision).</summary>
    public double PrAuc { get; init; }

    public double Accuracy { get; init; }

    public double Precision { get; init; }

    public double Recall { get; init; }

    public double F1 { get; init; }

    /// <summary>Positive rate among the top-scored 10 % divided by the overall positive rate.</summary>
    public double LiftTopDecile { get; init; }

    /// <summary>Mean squared error of the probabilities.</summary>
    public double Brier { get; init; }

    /// <summary>Decision threshold used for accuracy, precision, recall and F1.</summary>
    public double Threshold { get; init; }

    public IReadOnlyList<CalibrationBin> Calibration { get; init; } = [];

    /// <summary>Column the slices are cut by, if any.</summary>
    public string? SliceColumn { get; init; }

    public IReadOnlyList<SliceMetrics> Slices { get; init; } = [];
}

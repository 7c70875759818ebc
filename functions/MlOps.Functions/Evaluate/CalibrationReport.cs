using MlOps.Pipeline.Evaluation;

namespace MlOps.Functions.Evaluate;

/// <summary><c>evaluation.calibration</c>: Brier score and reliability bins.</summary>
internal sealed record CalibrationReport(double Brier, IReadOnlyList<CalibrationBin> Bins);

using MlOps.Pipeline.Evaluation;

namespace MlOps.Functions.Evaluate;

/// <summary><c>evaluation.slices</c>: the slice column and the metrics per value.</summary>
internal sealed record SliceReport(string? Column, IReadOnlyList<SliceMetrics> Values);

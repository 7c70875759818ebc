using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Modeling;

/// <summary>What serving needs besides the model: the feature names, their contract (for 400s) and the positive label.</summary>
internal sealed record ServingSpec
{
    public IReadOnlyList<string> Features { get; init; } = [];

    public CsvContract Contract { get; init; } = new();

    public string PositiveLabel { get; init; } = "yes";

    public string NegativeLabel { get; init; } = "no";

    /// <summary>Probability at or above which the label is positive.</summary>
    public double Threshold { get; init; } = 0.5;
}

namespace MlOps.Pipeline.Drift;

/// <summary>The drift decision over every feature.</summary>
internal sealed record DriftReport
{
    public bool Detected { get; init; }

    public string Decision { get; init; } = "no-drift";

    public int Records { get; init; }

    public string BaselineSha256 { get; init; } = "";

    public DriftThresholds Thresholds { get; init; } = new();

    public IReadOnlyList<FeatureDrift> Features { get; init; } = [];
}

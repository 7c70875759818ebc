namespace MlOps.Pipeline.Config;

/// <summary>Absolute floors, the "not worse than the champion" rule, and drift limits.</summary>
public sealed record QualityThresholds
{
    /// <summary>Smallest accepted ROC AUC on the test split.</summary>
    public double MinRocAuc { get; set; } = 0.7;

    /// <summary>Largest accepted drop of ROC AUC below the champion (lower confidence bound of the paired difference).</summary>
    public double MaxRocAucDrop { get; set; } = 0.01;

    /// <summary>Smallest accepted PR AUC, if any.</summary>
    public double? MinPrAuc { get; set; }

    /// <summary>Bootstrap resamples for the champion comparison.</summary>
    public int BootstrapSamples { get; set; } = 1000;

    /// <summary>Confidence level of the bootstrap bound (e.g. 0.95).</summary>
    public double ConfidenceLevel { get; set; } = 0.95;

    /// <summary>Population stability index above which a feature counts as drifted.</summary>
    public double MaxPsi { get; set; } = 0.2;

    /// <summary>Kolmogorov-Smirnov statistic above which a numeric feature counts as drifted.</summary>
    public double MaxKs { get; set; } = 0.1;
}

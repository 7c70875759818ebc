namespace MlOps.Pipeline.Registry;

/// <summary>Where a model version came from: enough to reproduce or audit it.</summary>
public sealed record ModelLineage
{
    /// <summary>The pipeline run that trained it.</summary>
    public string RunId { get; set; } = "";

    /// <summary>SHA-256 of the raw dataset (the dataset version).</summary>
    public string? DatasetSha256 { get; set; }

    /// <summary>Hash of the transform that produced the curated splits.</summary>
    public string? TransformHash { get; set; }

    /// <summary>Version of the code that trained it.</summary>
    public string? CodeVersion { get; set; }

    /// <summary>Trainer name.</summary>
    public string? Trainer { get; set; }

    /// <summary>Hyperparameters.</summary>
    public IReadOnlyDictionary<string, double>? Hyperparameters { get; set; }

    /// <summary>Test-split metrics (rocAuc, prAuc, accuracy, f1, liftTopDecile).</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; set; }

    /// <summary>Where the trained artifact was before registration.</summary>
    public string? SourceArtifactUri { get; set; }
}

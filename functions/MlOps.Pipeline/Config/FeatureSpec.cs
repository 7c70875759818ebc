namespace MlOps.Pipeline.Config;

/// <summary>Columns by role: categorical and numeric features feed the model, excluded ones never do.</summary>
public sealed record FeatureSpec
{
    /// <summary>Categorical feature columns (one-hot encoded).</summary>
    public IReadOnlyList<string> Categorical { get; set; } = [];

    /// <summary>Numeric feature columns.</summary>
    public IReadOnlyList<string> Numeric { get; set; } = [];

    /// <summary>Columns kept out of training (ids, leaking columns such as <c>duration</c>, raw dates).</summary>
    public IReadOnlyList<string> Excluded { get; set; } = [];
}

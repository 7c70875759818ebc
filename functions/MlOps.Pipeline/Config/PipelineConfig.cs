namespace MlOps.Pipeline.Config;

/// <summary>
/// The pipeline config: what to predict, from which columns, under which data contract, with which trainers
/// and quality thresholds. Loaded by Prepare from <c>config/pipeline.json</c> in the bucket, else the built-in default,
/// and carried in the envelope's <c>config</c> section. Properties are settable (not init) because source-generated
/// deserialization of init-only members would replace the defaults below with default(T) when a field is absent.
/// </summary>
public sealed record PipelineConfig
{
    /// <summary>Name of the label column, e.g. <c>converted</c> or <c>y</c>.</summary>
    public string Target { get; set; } = "";

    /// <summary>The label value that counts as the positive class, e.g. <c>yes</c>.</summary>
    public string PositiveLabel { get; set; } = "yes";

    /// <summary>The CSV field separator (one character, e.g. <c>,</c> or <c>;</c>).</summary>
    public string Separator { get; set; } = ",";

    /// <summary>Row identifier column, excluded from training; null when the data has none.</summary>
    public string? IdColumn { get; set; }

    /// <summary>Which columns feed the model and how.</summary>
    public FeatureSpec Features { get; set; } = new();

    /// <summary>The data contract Validate enforces.</summary>
    public DataContract DataContract { get; set; } = new();

    /// <summary>The default trainer: <c>SdcaLogisticRegression</c>, <c>FastTree</c> or <c>LightGbm</c>.</summary>
    public string Trainer { get; set; } = "LightGbm";

    /// <summary>Hyperparameters of <see cref="Trainer"/> by ML.NET option name (numbers only).</summary>
    public IReadOnlyDictionary<string, double> Hyperparameters { get; set; } = new Dictionary<string, double>();

    /// <summary>The candidate grid the training Map fans out over; empty means the single default trainer.</summary>
    public IReadOnlyList<SearchCandidate> Search { get; set; } = [];

    /// <summary>Quality gate and drift thresholds.</summary>
    public QualityThresholds Thresholds { get; set; } = new();

    /// <summary>Seed of every random choice (split, trainers, bootstrap).</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Whether a registered version waits for manual approval before deployment.</summary>
    public bool RequireApproval { get; set; }

    /// <summary>Inputs at least this large take the large-input path (Batch / Distributed Map).</summary>
    public long LargeInputBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The registry's model name, e.g. <c>customer-propensity</c>.</summary>
    public string ModelName { get; set; } = "customer-propensity";

    /// <summary>Categorical column whose values Evaluate reports per-slice metrics for; null = none.</summary>
    public string? SliceColumn { get; set; }
}

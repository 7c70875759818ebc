namespace MlOps.Pipeline.Config;

/// <summary>One point of the hyperparameter grid the training Map fans out over.</summary>
public sealed record SearchCandidate
{
    /// <summary>Trainer name (<c>SdcaLogisticRegression</c>, <c>FastTree</c>, <c>LightGbm</c>).</summary>
    public string Trainer { get; set; } = "";

    /// <summary>Hyperparameters by ML.NET option name.</summary>
    public IReadOnlyDictionary<string, double> Hyperparameters { get; set; } = new Dictionary<string, double>();
}

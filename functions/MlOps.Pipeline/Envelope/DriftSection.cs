using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>Outcome of a drift check against the training profile.</summary>
public sealed record DriftSection
{
    /// <summary>True when any feature drifted beyond the thresholds.</summary>
    public bool Detected { get; init; }

    /// <summary>Per-feature statistics (PSI, KS) and verdicts.</summary>
    public JsonElement? Features { get; init; }

    /// <summary>Where the full report is.</summary>
    public string? ReportUri { get; init; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

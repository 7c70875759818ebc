using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>Outcome of a drift check against the training profile.</summary>
public sealed record DriftSection
{
    /// <summary>True when any feature drifted beyond the thresholds.</summary>
    public bool Detected { get; set; }

    /// <summary>Per-feature statistics (PSI, KS) and verdicts.</summary>
    public JsonElement? Features { get; set; }

    /// <summary>Where the full report is.</summary>
    public string? ReportUri { get; set; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

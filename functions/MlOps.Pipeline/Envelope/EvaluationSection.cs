using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>Test-split metrics of the selected challenger, and of the champion re-scored on the same rows.</summary>
public sealed record EvaluationSection
{
    /// <summary>Area under the ROC curve.</summary>
    public double? RocAuc { get; set; }

    /// <summary>Area under the precision-recall curve.</summary>
    public double? PrAuc { get; set; }

    /// <summary>Accuracy at the 0.5 threshold.</summary>
    public double? Accuracy { get; set; }

    /// <summary>F1 score of the positive class.</summary>
    public double? F1 { get; set; }

    /// <summary>Positive rate in the top-scored decile divided by the overall positive rate.</summary>
    public double? LiftTopDecile { get; set; }

    /// <summary>Calibration report (e.g. Brier score, expected calibration error, bins).</summary>
    public JsonElement? Calibration { get; set; }

    /// <summary>Per-slice metrics (e.g. per channel or region).</summary>
    public JsonElement? Slices { get; set; }

    /// <summary>The current production model on the same test split; null when there is none.</summary>
    public ChampionMetrics? Champion { get; set; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

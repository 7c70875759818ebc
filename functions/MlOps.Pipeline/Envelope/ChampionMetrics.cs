using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>The production model's metrics on the challenger's test split.</summary>
public sealed record ChampionMetrics
{
    /// <summary>Registry version of the champion.</summary>
    public int Version { get; set; }

    /// <summary>Area under the ROC curve.</summary>
    public double? RocAuc { get; set; }

    /// <summary>Area under the precision-recall curve.</summary>
    public double? PrAuc { get; set; }

    /// <summary>Accuracy.</summary>
    public double? Accuracy { get; set; }

    /// <summary>F1 score.</summary>
    public double? F1 { get; set; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>The production model's metrics on the challenger's test split.</summary>
public sealed record ChampionMetrics
{
    /// <summary>Registry version of the champion.</summary>
    public int Version { get; init; }

    /// <summary>Area under the ROC curve.</summary>
    public double? RocAuc { get; init; }

    /// <summary>Area under the precision-recall curve.</summary>
    public double? PrAuc { get; init; }

    /// <summary>Accuracy.</summary>
    public double? Accuracy { get; init; }

    /// <summary>F1 score.</summary>
    public double? F1 { get; init; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// One trained candidate (Train's output) or, after the Map, the list of candidates and the selected one (Evaluate).
/// </summary>
public sealed record TrainingSection
{
    /// <summary>Every candidate's <c>training</c> section, put here by the Map's ResultSelector.</summary>
    public IReadOnlyList<TrainingSection>? Candidates { get; set; }

    /// <summary>Id of the selected candidate (set by Evaluate).</summary>
    public string? Selected { get; set; }

    /// <summary>Id of this candidate (stable for the same trainer and hyperparameters).</summary>
    public string? CandidateId { get; set; }

    /// <summary>Trainer name.</summary>
    public string? Trainer { get; set; }

    /// <summary>Hyperparameters the model was trained with.</summary>
    public IReadOnlyDictionary<string, double>? Hyperparameters { get; set; }

    /// <summary>Key or <c>s3://</c> URI of the model artifact (ML.NET zip).</summary>
    public string? ArtifactUri { get; set; }

    /// <summary>SHA-256 (hex) of the artifact bytes.</summary>
    public string? ArtifactSha256 { get; set; }

    /// <summary>Validation-split metrics of this candidate, by metric name.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; set; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

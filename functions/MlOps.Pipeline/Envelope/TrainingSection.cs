using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// One trained candidate (Train's output) or, after the Map, the list of candidates and the selected one (Evaluate).
/// </summary>
public sealed record TrainingSection
{
    /// <summary>Every candidate's <c>training</c> section, put here by the Map's ResultSelector.</summary>
    public IReadOnlyList<TrainingSection>? Candidates { get; init; }

    /// <summary>Id of the selected candidate (set by Evaluate).</summary>
    public string? Selected { get; init; }

    /// <summary>Id of this candidate (stable for the same trainer and hyperparameters).</summary>
    public string? CandidateId { get; init; }

    /// <summary>Trainer name.</summary>
    public string? Trainer { get; init; }

    /// <summary>Hyperparameters the model was trained with.</summary>
    public IReadOnlyDictionary<string, double>? Hyperparameters { get; init; }

    /// <summary>Key or <c>s3://</c> URI of the model artifact (ML.NET zip).</summary>
    public string? ArtifactUri { get; init; }

    /// <summary>SHA-256 (hex) of the artifact bytes.</summary>
    public string? ArtifactSha256 { get; init; }

    /// <summary>Validation-split metrics of this candidate, by metric name.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; init; }

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

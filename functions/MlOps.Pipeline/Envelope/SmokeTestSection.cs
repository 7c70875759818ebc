using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>Outcome of the post-deployment smoke test.</summary>
public sealed record SmokeTestSection
{
    /// <summary>True when the artifact verified and scoring succeeded.</summary>
    public bool Passed { get; set; }

    /// <summary>The version that was tested.</summary>
    public int? Version { get; set; }

    /// <summary>The SHA-256 that was verified.</summary>
    public string? ArtifactSha256 { get; set; }

    /// <summary>The predictions made on sample rows, when scoring ran.</summary>
    public JsonElement? Predictions { get; set; }

    /// <summary>What was checked, one sentence per check.</summary>
    public IReadOnlyList<string> Checks { get; set; } = [];

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>The quality gate's decision and why.</summary>
public sealed record GateSection
{
    /// <summary>True when every rule held.</summary>
    public bool Passed { get; set; }

    /// <summary>One sentence per rule, passed or failed.</summary>
    public IReadOnlyList<string> Reasons { get; set; } = [];

    /// <summary><c>promote</c> or <c>reject</c>.</summary>
    public string Decision { get; set; } = "reject";

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

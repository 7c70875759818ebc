using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Envelope;

/// <summary>The quality gate's decision and why.</summary>
public sealed record GateSection
{
    /// <summary>True when every rule held.</summary>
    public bool Passed { get; init; }

    /// <summary>One sentence per rule, passed or failed.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary><c>promote</c> or <c>reject</c>.</summary>
    public string Decision { get; init; } = "reject";

    /// <summary>Fields added by later versions, kept as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}

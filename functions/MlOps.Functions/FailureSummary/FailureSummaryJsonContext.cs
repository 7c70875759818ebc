using System.Text.Json.Serialization;

namespace MlOps.Functions.FailureSummary;

/// <summary>Source-generated JSON for failure records and Lambda error causes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(FailureRecord))]
internal sealed partial class FailureSummaryJsonContext : JsonSerializerContext
{
}

using System.Text.Json.Serialization;

namespace MlOps.Pipeline.Registry;

/// <summary>Source-generated JSON for registry documents (camelCase, nulls omitted, indented for people reading the bucket).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ModelVersion))]
[JsonSerializable(typeof(AliasDocument))]
[JsonSerializable(typeof(RunIndexEntry))]
internal sealed partial class RegistryJsonContext : JsonSerializerContext
{
}

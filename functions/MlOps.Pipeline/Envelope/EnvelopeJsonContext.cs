using System.Text.Json;
using System.Text.Json.Serialization;
using MlOps.Pipeline.Config;

namespace MlOps.Pipeline.Envelope;

/// <summary>
/// Source-generated (reflection-free) serialization of the envelope and the pipeline config:
/// camelCase names, nulls left out, exact property names on read.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(PipelineEnvelope))]
[JsonSerializable(typeof(PipelineConfig))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class EnvelopeJsonContext : JsonSerializerContext
{
}

using System.Text.Json.Serialization;
using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Modeling;

/// <summary>Source-generated JSON for the ML documents (encoding, profile, contract, reports), camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(FeatureEncoding))]
[JsonSerializable(typeof(ServingSpec))]
[JsonSerializable(typeof(DatasetProfile))]
[JsonSerializable(typeof(CsvContract))]
[JsonSerializable(typeof(Violation))]
[JsonSerializable(typeof(List<Violation>))]
internal sealed partial class MlJsonContext : JsonSerializerContext;

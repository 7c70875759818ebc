using System.Text.Json.Serialization;
using MlOps.Functions.Evaluate;
using MlOps.Functions.Transform;
using MlOps.Functions.Validate;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Drift;
using MlOps.Pipeline.Evaluation;

namespace MlOps.Functions.Hosting;

/// <summary>Source-generated JSON of the documents the ML functions write to the bucket and return.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(QuarantineReport))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(EvaluationScores))]
[JsonSerializable(typeof(CalibrationReport))]
[JsonSerializable(typeof(SliceReport))]
[JsonSerializable(typeof(DatasetProfile))]
[JsonSerializable(typeof(CuratedManifest))]
[JsonSerializable(typeof(BinaryMetrics))]
[JsonSerializable(typeof(IReadOnlyList<CalibrationBin>))]
[JsonSerializable(typeof(IReadOnlyList<SliceMetrics>))]
[JsonSerializable(typeof(BootstrapResult))]
[JsonSerializable(typeof(DriftReport))]
[JsonSerializable(typeof(IReadOnlyList<FeatureDrift>))]
internal sealed partial class MlFunctionsJsonContext : JsonSerializerContext;

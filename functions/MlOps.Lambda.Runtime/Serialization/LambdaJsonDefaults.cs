using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlOps.Lambda.Runtime.Serialization;

/// <summary>
/// The defaults of Amazon.Lambda.Serialization.SystemTextJson: names unchanged (AWS policy), case-insensitive reads,
/// nulls omitted, relaxed escaping. Pass the options to a source-generated context's <c>(JsonSerializerOptions)</c>
/// constructor so the defaults apply, as <c>SourceGeneratorLambdaJsonSerializer</c> does.
/// </summary>
public static class LambdaJsonDefaults
{
    /// <summary>New options with the Lambda defaults (PascalCase output, like <c>DefaultLambdaJsonSerializer</c>).</summary>
    public static JsonSerializerOptions CreateOptions() => Create(null);

    /// <summary>New options with the Lambda defaults and camelCase names (<c>CamelCaseLambdaJsonSerializer</c>).</summary>
    public static JsonSerializerOptions CreateCamelCaseOptions() => Create(JsonNamingPolicy.CamelCase);

    private static JsonSerializerOptions Create(JsonNamingPolicy? inner) => new()
    {
        PropertyNamingPolicy = new AwsNamingPolicy(inner),
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Json;

/// <summary>
/// <c>States.StringToJson(text)</c>: the JSON value the text holds. An empty (or all-blank) string gives
/// <c>null</c>, as on AWS; text that is not JSON fails. The integer <c>-0</c> becomes <c>0</c> (Jackson).
/// </summary>
internal sealed class StringToJsonFunction() : IntrinsicFunction(
    "States.StringToJson",
    ArgumentSpec.Required("text", ArgumentKinds.String))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var text = arguments.String(0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw Failure();
        }

        return parsed is JsonValue && parsed.ToJsonString() == "-0" ? JsonValue.Create(0) : parsed;
    }
}

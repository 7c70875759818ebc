using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.String;

/// <summary>
/// <c>States.StringSplit(text, delimiters)</c>: the pieces of <c>text</c> between any of the characters of
/// <c>delimiters</c> (each character is a separator, as on AWS), with empty pieces dropped.
/// </summary>
internal sealed class StringSplitFunction() : IntrinsicFunction(
    "States.StringSplit",
    ArgumentSpec.Required("text", ArgumentKinds.String),
    ArgumentSpec.Required("delimiters", ArgumentKinds.String))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var text = arguments.String(0);
        var delimiters = arguments.String(1).ToCharArray();

        // string.Split with no separators would split on white space; no delimiter means no split.
        var pieces = delimiters.Length == 0
            ? (text.Length == 0 ? [] : [text])
            : text.Split(delimiters, StringSplitOptions.RemoveEmptyEntries);
        return new JsonArray([.. pieces.Select(piece => (JsonNode)JsonValue.Create(piece))]);
    }
}

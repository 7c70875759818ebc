using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.ArrayContains(array, value)</c>: true when an item deep-equals the value.</summary>
internal sealed class ArrayContainsFunction() : IntrinsicFunction(
    "States.ArrayContains",
    ArgumentSpec.Required("array", ArgumentKinds.Array),
    ArgumentSpec.Required("value", ArgumentKinds.Any))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) =>
        JsonValue.Create(arguments.Array(0).Any(item => JsonNode.DeepEquals(item, arguments[1])));
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.ArrayContains(array, value)</c>: true when an item equals the value (Java equality: <c>1</c> is not <c>1.0</c>).</summary>
internal sealed class ArrayContainsFunction() : IntrinsicFunction(
    "States.ArrayContains",
    ArgumentSpec.Required("array", ArgumentKinds.Array),
    ArgumentSpec.Required("value", ArgumentKinds.Any))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments) =>
        JsonValue.Create(arguments.Array(0).Any(item => JavaJsonEquality.AreEqual(item, arguments[1])));
}

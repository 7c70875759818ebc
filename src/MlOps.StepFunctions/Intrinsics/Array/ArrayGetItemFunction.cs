using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.ArrayGetItem(array, index)</c>: the item at the zero-based index; out of range fails.</summary>
internal sealed class ArrayGetItemFunction() : IntrinsicFunction(
    "States.ArrayGetItem",
    ArgumentSpec.Required("array", ArgumentKinds.Array),
    ArgumentSpec.Required("index", ArgumentKinds.Number))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var items = arguments.Array(0);
        var index = arguments.Integer(1);
        if (index < 0 || index >= items.Count)
        {
            throw Failure();
        }

        return items[(int)index]?.DeepClone();
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary><c>States.ArrayUnique(array)</c>: the items without repeats (Java equality: <c>1</c> and <c>1.0</c> both stay), first occurrences kept in order.</summary>
internal sealed class ArrayUniqueFunction() : IntrinsicFunction(
    "States.ArrayUnique",
    ArgumentSpec.Required("array", ArgumentKinds.Array))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var unique = new List<JsonNode?>();
        foreach (var item in arguments.Array(0))
        {
            if (!unique.Any(seen => JavaJsonEquality.AreEqual(seen, item)))
            {
                unique.Add(item);
            }
        }

        return new JsonArray([.. unique.Select(item => item?.DeepClone())]);
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary>
/// <c>States.ArrayPartition(array, chunkSize)</c>: consecutive chunks of <c>chunkSize</c> items, the last
/// one shorter when the items run out. The chunk size's integer part must be positive (0.49 fails).
/// </summary>
internal sealed class ArrayPartitionFunction() : IntrinsicFunction(
    "States.ArrayPartition",
    ArgumentSpec.Required("array", ArgumentKinds.Array),
    ArgumentSpec.Required("chunkSize", ArgumentKinds.Number, ArgumentRules.PositiveInteger))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var items = arguments.Array(0);
        var size = arguments.Integer(1);
        var chunks = new JsonArray();
        for (var start = 0L; start < items.Count; start += size)
        {
            var chunk = new JsonArray();
            for (var i = start; i < items.Count && i - start < size; i++)
            {
                chunk.Add(items[(int)i]?.DeepClone());
            }

            chunks.Add(chunk);
        }

        return chunks;
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Json;

/// <summary>
/// <c>States.JsonMerge(left, right, false)</c>: a shallow merge, keys of <c>right</c> replacing those of
/// <c>left</c> whole (nested objects are not merged). AWS supports only the shallow mode, so the third
/// argument must be <c>false</c>.
/// </summary>
internal sealed class JsonMergeFunction() : IntrinsicFunction(
    "States.JsonMerge",
    ArgumentSpec.Required("left", ArgumentKinds.Object),
    ArgumentSpec.Required("right", ArgumentKinds.Object),
    ArgumentSpec.Required("deepMerge", ArgumentKinds.Boolean, ArgumentRules.False))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var merged = new JsonObject();
        foreach (var (key, value) in arguments.Object(0))
        {
            merged[key] = value?.DeepClone();
        }

        foreach (var (key, value) in arguments.Object(1))
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }
}

using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Array;

/// <summary>
/// <c>States.ArrayRange(start, end, step)</c>: <c>start, start+step, ...</c> up to and including <c>end</c>.
/// Arguments are truncated to integers (AWS: <c>ArrayRange(1.6, 1.4, 1)</c> is <c>[1]</c>); the step must
/// not be zero; a step pointing away from <c>end</c> gives <c>[]</c>; more than 1000 items fails.
/// </summary>
internal sealed class ArrayRangeFunction() : IntrinsicFunction(
    "States.ArrayRange",
    ArgumentSpec.Required("start", ArgumentKinds.Number, ArgumentRules.Int32),
    ArgumentSpec.Required("end", ArgumentKinds.Number, ArgumentRules.Int32),
    ArgumentSpec.Required("step", ArgumentKinds.Number, ArgumentRules.Int32, ArgumentRules.NonZeroInteger))
{
    /// <summary>The documented cap on the generated array.</summary>
    public const int MaxItems = 1000;

    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var start = arguments.Integer(0);
        var end = arguments.Integer(1);
        var step = arguments.Integer(2);
        var count = (step > 0 && start > end) || (step < 0 && start < end) ? 0 : ((end - start) / step) + 1;
        if (count > MaxItems)
        {
            throw Failure();
        }

        var result = new JsonArray();
        for (var i = 0L; i < count; i++)
        {
            result.Add(JsonValue.Create(start + (i * step)));
        }

        return result;
    }
}

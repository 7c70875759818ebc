using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Math;

/// <summary>
/// <c>States.MathAdd(a, b)</c>: the integer sum. Each argument is first rounded like Java's
/// <c>Math.round</c> (half up: 1.5 → 2, -2.5 → -2, so <c>MathAdd(1.49, 1.5)</c> is 3) and must then lie in
/// the 32-bit integer range.
/// </summary>
internal sealed class MathAddFunction() : IntrinsicFunction(
    "States.MathAdd",
    ArgumentSpec.Required("left", ArgumentKinds.Number),
    ArgumentSpec.Required("right", ArgumentKinds.Number))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var left = IntrinsicNumbers.RoundHalfUp(arguments.Number(0));
        var right = IntrinsicNumbers.RoundHalfUp(arguments.Number(1));
        if (left is < int.MinValue or > int.MaxValue || right is < int.MinValue or > int.MaxValue)
        {
            throw Failure();
        }

        return JsonValue.Create((long)left + (long)right);
    }
}

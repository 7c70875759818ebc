using System.Text.Json.Nodes;
using MlOps.StepFunctions.Intrinsics.Functions;

namespace MlOps.StepFunctions.Intrinsics.Math;

/// <summary>
/// <c>States.MathRandom(start, end[, seed])</c>: a random integer in <c>[start, end)</c>. Arguments are
/// truncated to integers (AWS rejects <c>MathRandom(1.4, 1.6)</c>, an empty interval); with a seed the
/// result is <c>start + new java.util.Random(seed).nextInt(end - start)</c>.
/// </summary>
internal sealed class MathRandomFunction() : IntrinsicFunction(
    "States.MathRandom",
    ArgumentSpec.Required("start", ArgumentKinds.Number, ArgumentRules.Int32),
    ArgumentSpec.Required("end", ArgumentKinds.Number, ArgumentRules.Int32),
    ArgumentSpec.OptionalOf("seed", ArgumentKinds.Number, ArgumentRules.Int32))
{
    /// <inheritdoc/>
    protected override JsonNode? Apply(IntrinsicArguments arguments)
    {
        var start = arguments.Integer(0);
        var end = arguments.Integer(1);
        var width = end - start;
        if (width <= 0 || width > int.MaxValue)
        {
            throw Failure();
        }

        var offset = arguments.Count > 2
            ? new JavaRandom(arguments.Integer(2)).NextInt((int)width)
            : Random.Shared.Next((int)width);
        return JsonValue.Create(start + offset);
    }
}
